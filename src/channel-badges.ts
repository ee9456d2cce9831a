/** Registers `<si-channel-badges>` and exports its class. */
export * from './components/channel-badges/si-channel-badges.js';
export { channelKind, type ChannelKind } from './components/channel-badges/channel-kinds.js';
