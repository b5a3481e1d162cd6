'use client';
import dynamic from 'next/dynamic';

// The staff's chat screens, loaded on demand (still rendered on the server). The components entry
// point is imported by the root layout for the buyer's launcher, so every client component exported
// there would otherwise be in every page's first-load JS, the buyers' included.
export const AdvisorConsole = dynamic(() => import('./AdvisorConsole').then((m) => m.AdvisorConsole));
export const DealerConversation = dynamic(() => import('./DealerConversation').then((m) => m.DealerConversation));
export const AdvisorLimits = dynamic(() => import('./AdvisorLimits').then((m) => m.AdvisorLimits));
