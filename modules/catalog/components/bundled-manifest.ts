import raw from '@/public/models/manifest.json';
import { parseModelManifest, type ModelManifest } from '@/modules/catalog/model-manifest';

/** The manifest written by `npm run models`, checked once when the viewer's bundle loads. */
export const bundledManifest: ModelManifest = parseModelManifest(raw);
