'use client';
import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { codeFromScan, decodeQrFrame } from '../scan';

type Status = 'idle' | 'scanning' | 'noCamera' | 'denied' | 'notACode';

/**
 * Scans a saved configuration's QR with the tablet's camera and opens it like a typed code. The
 * camera runs only while scanning (stopped on success, on "stop" and when the page goes); without
 * a camera or permission the tablet says so and the typed code remains.
 */
export function QrScanner() {
  const t = useTranslations('continuity.scanner');
  const router = useRouter();
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const [status, setStatus] = useState<Status>('idle');

  const stop = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
  };
  useEffect(() => stop, []);

  async function start() {
    if (!navigator.mediaDevices?.getUserMedia) {
      setStatus('noCamera');
      return;
    }
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (error) {
      setStatus(error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError') ? 'denied' : 'noCamera');
      return;
    }
    const element = video.current;
    if (!element) return stop();
    element.srcObject = stream.current;
    await element.play().catch(() => undefined);
    setStatus('scanning');
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    // A few frames a second is plenty to read a code held in front of the tablet.
    timer.current = setInterval(() => {
      if (!context || element.videoWidth === 0) return;
      canvas.width = element.videoWidth;
      canvas.height = element.videoHeight;
      context.drawImage(element, 0, 0);
      const frame = context.getImageData(0, 0, canvas.width, canvas.height);
      const text = decodeQrFrame(frame.data, frame.width, frame.height);
      if (text === null) return;
      const code = codeFromScan(text);
      if (!code) return setStatus('notACode');
      stop();
      setStatus('idle');
      router.push(`/dealer/showroom?code=${code}`);
    }, 250);
  }

  const scanning = status === 'scanning' || status === 'notACode';
  return (
    <div className="flex flex-col gap-2" data-testid="qr-scanner">
      <video ref={video} muted playsInline className={scanning ? 'aspect-video w-full rounded-lg bg-black' : 'hidden'} aria-label={t('preview')} />
      {scanning ? (
        <Button type="button" variant="secondary" className="min-h-12" onClick={() => { stop(); setStatus('idle'); }}>{t('stop')}</Button>
      ) : (
        <Button type="button" variant="secondary" className="min-h-12" onClick={() => void start()}>{t('scan')}</Button>
      )}
      {status === 'noCamera' || status === 'denied' ? <p role="alert" className="text-sm text-red-700">{t(status)}</p> : null}
      {status === 'notACode' ? <p role="status" className="text-sm">{t('notACode')}</p> : null}
    </div>
  );
}
