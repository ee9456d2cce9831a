import type { Translations } from '../../utilities/localize.js';

/**
 * The one text `<si-service-guide>` gained with the shared context consumer, kept apart until it
 * joins the guide's strings in the per-locale files (src/locales/). `waiting`: `item` is set but
 * the enclosing `<si-catalogue>` is still loading its data.
 */
export interface GuideWaitingStrings {
  waiting: string;
}

export const guideWaitingTranslations: Translations<GuideWaitingStrings> = {
  'zh-CN': { waiting: '目录数据尚未就绪，暂时无法显示事项名称、公开时限和设定依据。' },
  'zh-TW': { waiting: '目錄資料尚未就緒，暫時無法顯示事項名稱、公開時限和設定依據。' },
  en: { waiting: 'The catalogue data is not ready yet, so the item’s name, time limit and legal basis cannot be shown.' },
};
