import { expect, test } from '@playwright/test';
import { demo, signInWithPassword } from '../e2e/support';

const portA = Number(process.env.E2E_PORT ?? 3100);
const portB = Number(process.env.E2E_PORT_B ?? portA + 100);
const A = `http://127.0.0.1:${portA}`;
const B = `http://127.0.0.1:${portB}`;

test('a message the advisor posts on instance A reaches the guest connected to instance B, live', async ({ browser }) => {
  // The guest only ever talks to B: its page, its API calls and its event stream.
  const guestContext = await browser.newContext({ baseURL: B });
  const guest = await guestContext.newPage();
  await guest.goto('/configure/horizon');
  await guest.getByTestId('chat-launcher').click();
  const panel = guest.getByTestId('chat-panel');
  await panel.getByTestId('chat-first').fill('Bonjour depuis l’instance B');
  await panel.getByTestId('chat-start').click();
  await expect(panel.getByTestId('chat-messages')).toHaveAttribute('data-stream', 'open');

  // The advisor only ever talks to A.
  const advisorContext = await browser.newContext({ baseURL: A });
  const advisor = await advisorContext.newPage();
  await signInWithPassword(advisor, demo.advisor);
  await advisor.goto('/advisor');
  await advisor.getByTestId('advisor-queue-entry').filter({ hasText: 'depuis l’instance B' }).click();
  const conversation = advisor.getByTestId('console-conversation');
  await conversation.getByTestId('console-claim').click();
  await expect(panel.getByTestId('chat-advisor-name')).toHaveText('Inès Laurent');
  await conversation.getByTestId('chat-input').fill('Réponse écrite sur l’instance A');
  await conversation.getByTestId('chat-send').click();
  await expect(panel.getByTestId('chat-message').filter({ hasText: 'Réponse écrite sur l’instance A' })).toHaveCount(1);

  // And back: the guest's reply on B reaches the console on A.
  await panel.getByTestId('chat-input').fill('Bien reçu sur B');
  await panel.getByTestId('chat-send').click();
  await expect(conversation.getByTestId('chat-message').filter({ hasText: 'Bien reçu sur B' })).toHaveCount(1);
  await advisorContext.close();
  await guestContext.close();
});
