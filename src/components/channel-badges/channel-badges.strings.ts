import { channelBadges } from '../../locales/zh-CN.js';
import { componentTranslations, type StringsBuilder } from '../../locales/translations.js';
import type { Translations } from '../../utilities/localize.js';

/** The UI texts of `<si-channel-badges>`; the channel names themselves are data and stay as written. */
export interface ChannelBadgesStrings {
  /** The list's accessible name (the `label` attribute replaces it per instance). */
  label: string;
}

/** The keys `<si-channel-badges>` uses, from the locale files (src/locales/): its own section.
 * @public (read by test/locales/locales.test.ts through the module)
 */
export const channelBadgesStringsFrom: StringsBuilder<'channelBadges', ChannelBadgesStrings> = ({ channelBadges }) => channelBadges;

export const channelBadgesTranslations: Translations<ChannelBadgesStrings> = componentTranslations(channelBadgesStringsFrom, { channelBadges });
