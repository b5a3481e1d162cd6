import { z } from 'zod';

export const ZConversationParams = z.object({ id: z.string().min(1).max(64) });
