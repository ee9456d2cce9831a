/** Registers `<si-channel-badges>` and exports its class. */
export * from './components/channel-badges/si-channel-badges.js';
export { channelKind, type ChannelKind } from './internal/channel-kinds.js';
export { channelBadgesTranslations, type ChannelBadgesStrings } from './components/channel-badges/channel-badges.strings.js';
