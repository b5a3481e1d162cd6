import 'server-only';
// Server entry of the documents module: PDFs with an embedded font (offer summaries, FIPEN, order forms).
export { concatDocuments, renderDocument, wrap, type Block, type DocumentSpec } from './server/pdf';
export { embeddedFonts, flat, pageImages, pdfPageTexts, pdfText } from './server/testing';
export { createSealingIdentity, readPdfSeal, sealPdf, sealVerdict, type PdfSeal, type SealingIdentity, type SealVerdict } from './server/seal';
export { dealershipSealingIdentity, storedSealCertificateSha256 } from './server/sealing-identity';
export { renderLabels, type CarLabel, type LabelFormat } from './server/labels';
