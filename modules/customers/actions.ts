'use server';
import { revalidatePath } from 'next/cache';
import { runAction, type ActionResult } from '@/lib/action';
import { ensureViewer } from '@/lib/session';
import { saveConfiguration, ZConfigurationInput } from './save-configuration';

export async function saveConfigurationAction(input: unknown): Promise<ActionResult<{ code: string }>> {
  return runAction(async () => {
    const parsed = ZConfigurationInput.parse(input);
    const viewer = await ensureViewer();
    const saved = await saveConfiguration(viewer.id, parsed);
    revalidatePath('/garage');
    return { code: saved.code };
  });
}
