// React components of the chat module: the buyer's launcher and the advisor console.
export { ChatLauncher } from './components/ChatLauncher';
export { PhoneChatButton } from './components/PhoneChatButton';
export { AdvisorConsole, DealerConversation, AdvisorLimits } from './components/staff-screens';
