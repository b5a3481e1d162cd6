'use client';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import type { CameraView } from '@/modules/catalog/model-manifest';
import type { Configuration, Interior, Paint } from '../types';

// three.js and the model load after the page is usable: the slot keeps its size meanwhile (no layout shift).
const CarViewer = dynamic(() => import('../components/CarViewer'), {
  ssr: false,
  loading: () => <div className="h-full w-full animate-pulse bg-[#eceef1]" data-testid="viewer-placeholder" />,
});

export function ViewerSlot({ configuration, paint, interior, modelName, view }: {
  configuration: Configuration;
  paint: Paint | undefined;
  interior: Interior | undefined;
  modelName: string;
  view: CameraView;
}) {
  const t = useTranslations('configurator.viewer');
  return (
    <div className="relative aspect-[4/3] w-full overflow-hidden rounded-2xl bg-[#eceef1] sm:aspect-[16/10]" data-print="hide">
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
    </div>
  );
}
