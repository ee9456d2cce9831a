import type { Translations } from '../../utilities/localize.js';

/** The UI texts of `<si-channel-badges>`; the channel names themselves are data and stay as written. */
export interface ChannelBadgesStrings {
  /** The list's accessible name (the `label` attribute replaces it per instance). */
  label: string;
}

export const channelBadgesStrings: Translations<ChannelBadgesStrings> = {
  'zh-CN': { label: '公开渠道' },
  'zh-TW': { label: '公開渠道' },
  en: { label: 'Disclosure channels' },
};
