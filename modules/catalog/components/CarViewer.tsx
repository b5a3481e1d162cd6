'use client';

import { flushSync } from 'react-dom';
import { Component, useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CameraView, ModelManifest, PaintFinish } from '@/modules/catalog/model-manifest';
import { bundledManifest } from './bundled-manifest';
import { CarScene, stateSignature } from './CarScene';
import { ViewerFallback } from './ViewerFallback';
import { hasWebGL } from './webgl-support';

export type CarViewerLabels = {
  /** Accessible name of the viewer ("Vue 3D de la Magistrale"). */
  viewer: string;
  /** Shown with the percentage while the model downloads. */
  loading: string;
  fallbackTitle: string;
  /** Why the 2D view is shown (no WebGL on this device). */
  fallbackText: string;
  /** Why the 2D view is shown when the 3D model failed to load. */
  errorText: string;
  /** How to turn the car with the keyboard, read by screen readers on the focused canvas. */
  keyboardHelp?: string;
};

export type CarViewerProps = {
  model: string;
  paint: { hex: string; finish: PaintFinish };
  wheels: string;
  interior: { code: string; hex: string };
  view: CameraView;
  labels: CarViewerLabels;
  /** Defaults to public/models/manifest.json as bundled at build time. */
  manifest?: ModelManifest;
  className?: string;
  /** Move the keyboard focus to the viewer once it is there (it replaced the button that had it). */
  autoFocus?: boolean;
  /** Leave what is behind (the still of the same car, same framing) visible until the first frame. */
  seeThroughUntilReady?: boolean;
  /** Told whether the 3D view now covers what is behind (drawn with WebGL, not the 2D fallback). */
  onCoveredChange?: (covered: boolean) => void;
};

/**
 * 3D configurator view. Load it with next/dynamic({ ssr: false }). The wrapper carries
 * data-ready="true" once the current model is drawn, and data-rendered with the exact state
 * (model|paint|finish|wheels|interior|view) of the last frame drawn, for tests reading pixels.
 */
export default function CarViewer(props: CarViewerProps) {
  const { model, paint, wheels, interior, view, labels, manifest = bundledManifest, className, seeThroughUntilReady = false, autoFocus = false, onCoveredChange } = props;
  const entry = manifest.models[model];
  const [webgl] = useState(hasWebGL);
  const instructionsId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [rendered, setRendered] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ url: string; percent: number } | null>(null);

  const appearance = useMemo(
    () => ({ paint: { hex: paint.hex, finish: paint.finish }, wheels, interior: { code: interior.code, hex: interior.hex } }),
    [paint.hex, paint.finish, wheels, interior.code, interior.hex],
  );
  const onProgress = useCallback((percent: number) => entry && setProgress({ url: entry.url, percent }), [entry]);
  const onFailed = useCallback(() => entry && setFailed(entry.url), [entry]);
  // Called in the animation frame after a frame was drawn. Committed at once: as a normal update it
  // waited behind the swap's own transition (the server's new price re-rendering the configurator),
  // about 100 ms on software GL, before the page said which car is on screen.
  const onRendered = useCallback((signature: string) => flushSync(() => setRendered(signature)), []);

  const broken = !entry || failed === entry.url;
  const mode = !webgl || broken ? 'fallback' : 'webgl';
  const renderedModel = rendered?.split('|')[0];
  const ready = mode === 'fallback' || renderedModel === model;
  const percent = entry && progress?.url === entry.url ? progress.percent : 0;
  const hidden = seeThroughUntilReady && !ready;

  const covered = mode === 'webgl' && ready;
  useEffect(() => onCoveredChange?.(covered), [covered, onCoveredChange]);

  // The canvas can take the focus only once shown (it is hidden until its first frame); without
  // WebGL there is no canvas and the viewer itself takes it.
  useEffect(() => {
    if (!autoFocus || !ready) return;
    const node = wrapper.current;
    const target = node?.querySelector('canvas') ?? node;
    target?.focus();
  }, [autoFocus, ready]);

  return (
    <div
      data-testid="car-viewer"
      data-ready={ready ? 'true' : 'false'}
      data-mode={mode}
      data-rendered={mode === 'webgl' ? (rendered ?? '') : stateSignature(model, appearance, view)}
      role="group"
      aria-label={labels.viewer}
      tabIndex={-1}
      ref={wrapper}
      aria-busy={!ready}
      className={className}
      style={{ position: 'relative', width: '100%', height: '100%', minHeight: 280, overflow: 'hidden', background: hidden ? 'transparent' : '#eceef1' }}
    >
      {mode === 'fallback' || !entry ? (
        <ViewerFallback
          silhouette={entry?.silhouette}
          paintHex={paint.hex}
          title={labels.fallbackTitle}
          text={webgl ? labels.errorText : labels.fallbackText}
        />
      ) : (
        <div style={{ position: 'absolute', inset: 0, visibility: hidden ? 'hidden' : 'visible' }}>
          <SceneBoundary onError={onFailed}>
            <CarScene model={model} entry={entry} appearance={appearance} view={view} onRendered={onRendered} onProgress={onProgress} canvasLabel={labels.viewer} instructionsId={labels.keyboardHelp ? instructionsId : undefined} />
          </SceneBoundary>
        </div>
      )}
      {labels.keyboardHelp ? (
        <p id={instructionsId} className="sr-only">
          {labels.keyboardHelp}
        </p>
      ) : null}
      {!ready ? (
        <div
          role="progressbar"
          aria-label={labels.loading}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          style={{ position: 'absolute', left: '50%', bottom: 24, transform: 'translateX(-50%)', width: 'min(60%, 280px)', textAlign: 'center', fontSize: 14, color: '#3b3f45', background: 'rgba(236,238,241,0.85)', borderRadius: 8, padding: '6px 10px' }}
        >
          <div style={{ marginBottom: 6 }}>
            {labels.loading} {percent} %
          </div>
          <div style={{ height: 4, borderRadius: 2, background: 'rgba(0,0,0,0.1)' }}>
            <div style={{ height: 4, borderRadius: 2, width: `${percent}%`, background: '#3b3f45', transition: 'width 150ms linear' }} />
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** A WebGL context that cannot be created, or a model that fails to load, falls back to 2D. */
class SceneBoundary extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch() {
    this.props.onError();
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}
