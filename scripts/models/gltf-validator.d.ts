// Types for the npm gltf-validator package (it ships none): only what the tests call.
declare module 'gltf-validator' {
  export type ValidationMessage = { code: string; message: string; severity: number; pointer?: string };
  export type ValidationReport = {
    issues: { numErrors: number; numWarnings: number; numInfos: number; numHints: number; messages: ValidationMessage[]; truncated: boolean };
  };
  export type ValidationOptions = {
    uri?: string;
    format?: 'glb' | 'gltf';
    maxIssues?: number;
    ignoredIssues?: string[];
    severityOverrides?: Record<string, number>;
  };
  export function validateBytes(data: Uint8Array, options?: ValidationOptions): Promise<ValidationReport>;
  const validator: { validateBytes: typeof validateBytes };
  export default validator;
}
