'use client';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { CameraView, ModelEntry } from '@/modules/catalog/model-manifest';
import type { Configuration, Interior, Paint } from '../types';
import { Preview2D } from './Preview2D';

// three.js and the model load after the page is usable: the slot keeps its size meanwhile (no layout shift).
const CarViewer = dynamic(() => import('../components/CarViewer'), {
  ssr: false,
  loading: () => <div className="h-full w-full animate-pulse bg-[#eceef1]" data-testid="viewer-placeholder" />,
});

const REMEMBER_KEY = 'virage:viewer-3d';

/**
 * With a hardware GPU the 3D view starts at once. When the browser says WebGL would run with a
 * major performance caveat (software rendering), 3D would freeze the page for seconds: a 2D preview
 * in the chosen paint is shown first and 3D starts on request (remembered for the session).
 */
function startsIn3d(): boolean {
  try {
    if (window.sessionStorage.getItem(REMEMBER_KEY) === 'on') return true;
  } catch {
    // storage blocked: decide from the GPU alone
  }
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: true }) ?? canvas.getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (!gl) return false;
    // Chromium does not always flag its own software renderer as a caveat: read the renderer's name.
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !SOFTWARE_RENDERER.test(renderer);
  } catch {
    return false;
  }
}

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

export function ViewerSlot({ configuration, paint, interior, modelName, view, silhouette }: {
  configuration: Configuration;
  paint: Paint | undefined;
  interior: Interior | undefined;
  modelName: string;
  view: CameraView;
  silhouette: ModelEntry['silhouette'] | undefined;
}) {
  const t = useTranslations('configurator.viewer');
  // The 2D preview is in the server HTML (it is the first thing painted); 3D replaces it when suitable.
  const [mode, setMode] = useState<'2d' | '3d'>('2d');
  useEffect(() => {
    // WebGL support and the remembered choice exist only in the browser: the server HTML is 2D, and
    // the switch to 3D can only happen after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only facts, read once after hydration
    if (startsIn3d()) setMode('3d');
  }, []);

  const show3d = () => {
    try {
      window.sessionStorage.setItem(REMEMBER_KEY, 'on');
    } catch {
      // not remembered: fine
    }
    setMode('3d');
  };

  return (
    <div className="relative aspect-[4/3] w-full overflow-hidden rounded-2xl bg-[#eceef1] sm:aspect-[16/10]" data-print="hide" data-viewer-mode={mode}>
      {mode === '3d' ? (
        <CarViewer
          model={configuration.model}
          paint={{ hex: paint?.hex ?? '#cccccc', finish: paint?.finish ?? 'solid' }}
          wheels={configuration.wheels}
          interior={{ code: configuration.interior, hex: interior?.hex ?? '#444444' }}
          view={view}
          className="absolute inset-0"
          labels={{
            viewer: t('label', { model: modelName }),
            loading: t('loading'),
            fallbackTitle: t('fallbackTitle'),
            fallbackText: t('fallbackText'),
            errorText: t('errorText'),
          }}
        />
      ) : (
        <>
          <Preview2D silhouette={silhouette} paintHex={paint?.hex ?? '#cccccc'} title={t('previewTitle', { model: modelName })} text={t('previewText')} />
          <Button className="absolute right-3 top-3" size="sm" onClick={show3d}>
            {t('show3d')}
          </Button>
        </>
      )}
    </div>
  );
}
