'use client';
import dynamic from 'next/dynamic';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { CameraView } from '@/modules/catalog/model-manifest';
import { CarStill } from '../components/CarStill';
import { probeRendererName } from '../components/gpu-probe';
import { SOFTWARE_RENDERER } from '../components/webgl-support';
import { catalogue } from '../data';
import { stillNames } from '../still-names';
import type { StillKey } from '../stills';
import type { Configuration, Interior, Locale, Paint } from '../types';

// three.js and the model load after the page is usable; the still stays underneath meanwhile.
const CarViewer = dynamic(() => import('../components/CarViewer'), { ssr: false });

/** Drawn width of the viewer (Container max 72rem, 1.5rem padding, 22rem aside, 1.5rem gap). */
export const VIEWER_SIZES = '(min-width: 1152px) 728px, (min-width: 1024px) calc(100vw - 424px), (min-width: 640px) calc(100vw - 48px), calc(100vw - 32px)';

const REMEMBER_KEY = 'virage:viewer-3d';

/**
 * With a hardware GPU the 3D view starts at once. When the browser says WebGL would run with a
 * major performance caveat (software rendering), 3D would freeze the page for seconds: a 2D preview
 * in the chosen paint is shown first and 3D starts on request (remembered for the session).
 */
async function startsIn3d(): Promise<boolean> {
  try {
    if (window.sessionStorage.getItem(REMEMBER_KEY) === 'on') return true;
  } catch {
    // storage blocked: decide from the GPU alone
  }
  const renderer = await probeRendererName();
  // Chromium does not always flag its own software renderer as a caveat: read the renderer's name.
  return renderer !== null && !SOFTWARE_RENDERER.test(renderer);
}

export function ViewerSlot({ configuration, paint, interior, modelName, view }: {
  configuration: Configuration;
  paint: Paint | undefined;
  interior: Interior | undefined;
  modelName: string;
  view: CameraView;
}) {
  const t = useTranslations('configurator.viewer');
  const ts = useTranslations('stills');
  const tk = useTranslations('fixes.viewer');
  const locale = useLocale() as Locale;
  // The still of exactly this car is in the server HTML (the page's LCP); 3D draws over it, from
  // the same camera, once its first frame is ready.
  const [mode, setMode] = useState<'2d' | '3d'>('2d');
  // Set when the user pressed "Afficher en 3D": the viewer that replaces the button takes the focus.
  const [requested, setRequested] = useState(false);
  // Once the 3D view covers it, the still underneath stops following the configuration: a swap
  // would fetch and decode a picture nobody sees, on the thread that draws the next frame.
  const [covered, setCovered] = useState(false);
  const [coveredStill, setCoveredStill] = useState<StillKey | null>(null);
  const current: StillKey =
    view === 'interior'
      ? { model: configuration.model, view: 'interior', interior: configuration.interior }
      : { model: configuration.model, view: 'front', paint: configuration.paint, wheels: configuration.wheels };
  if (covered && coveredStill === null) setCoveredStill(current);
  if (!covered && coveredStill !== null) setCoveredStill(null);
  const still = covered && coveredStill ? coveredStill : current;
  useEffect(() => {
    // WebGL support and the remembered choice exist only in the browser: the server HTML is 2D, and
    // the switch to 3D can only happen after hydration. The probe (a worker making a WebGL context)
    // starts at an idle moment, once the page's own start-up work is done.
    let live = true;
    const probe = () => {
      void startsIn3d().then((in3d) => {
        if (live && in3d) setMode('3d');
      });
    };
    let cancel: () => void;
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(probe, { timeout: 1000 });
      cancel = () => window.cancelIdleCallback(id);
    } else {
      const timer = window.setTimeout(probe, 0);
      cancel = () => window.clearTimeout(timer);
    }
    return () => {
      live = false;
      cancel();
    };
  }, []);

  const show3d = () => {
    try {
      window.sessionStorage.setItem(REMEMBER_KEY, 'on');
    } catch {
      // not remembered: fine
    }
    setRequested(true);
    setMode('3d');
  };

  return (
    <div className="relative aspect-[4/3] w-full overflow-hidden rounded-2xl bg-[#eceef1] sm:aspect-[16/10]" data-print="hide" data-viewer-mode={mode} data-testid="viewer-slot">
      <CarStill still={still} alt={ts(still.view, stillNames(catalogue, still, locale))} sizes={VIEWER_SIZES} priority className="absolute inset-0 h-full w-full object-cover" testId="viewer-still" />
      {mode === '3d' ? (
        <CarViewer
          model={configuration.model}
          paint={{ hex: paint?.hex ?? '#cccccc', finish: paint?.finish ?? 'solid' }}
          wheels={configuration.wheels}
          interior={{ code: configuration.interior, hex: interior?.hex ?? '#444444' }}
          view={view}
          seeThroughUntilReady
          onCoveredChange={setCovered}
          autoFocus={requested}
          className="absolute inset-0"
          labels={{
            viewer: t('label', { model: modelName }),
            loading: t('loading'),
            fallbackTitle: t('fallbackTitle'),
            fallbackText: t('fallbackText'),
            errorText: t('errorText'),
            keyboardHelp: tk('keyboardHelp'),
          }}
        />
      ) : (
        <Button className="absolute right-3 top-3" size="sm" onClick={show3d}>
          {t('show3d')}
        </Button>
      )}
    </div>
  );
}
