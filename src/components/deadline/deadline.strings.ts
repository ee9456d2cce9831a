import { lazyTranslations, fillTemplateParts, type Translations } from '../../utilities/localize.js';

/**
 * Every word `<si-deadline>` shows, per locale. `{name}` placeholders are filled by the
 * element: dates become `<time>` elements formatted with `Intl` in the element's locale,
 * numbers are formatted with `Intl.NumberFormat`, and `{n:day|days}` picks a word by the number
 * (English plurals). To add a language, add an entry with the same keys to
 * {@link deadlineStrings} (zh-CN is the default and the fallback). A page replaces any of them
 * per instance with the `strings` attribute.
 */
export interface DeadlineStrings {
  /** The BCP 47 tag these strings are written in. */
  locale: string;
  /** The rule in plain words. `{days}`: the number of working days. */
  rule: string;
  /** The legal basis and counting, added by `variant="full"`. */
  ruleBasis: string;
  /** Labels of the dates. */
  changedLabel: string;
  dueLabel: string;
  publishedLabel: string;
  /** Marks a due date that is an estimate beyond the calendar data. */
  provisionalMark: string;
  /** Status texts; `{n}` is a number of working days. */
  statusOnTime: string;
  statusLate: string;
  statusRemaining: string;
  statusDueToday: string;
  statusOverdue: string;
  /** The visible note on an estimate. `{years}`: the years outside the data. */
  provisionalNote: string;
  /** The disclosure showing how the date was computed. */
  detailsSummary: string;
  detailsCount: string;
  detailsCalendarDays: string;
  detailsHolidays: string;
  detailsHoliday: string;
  detailsHolidayOneDay: string;
  detailsNoHolidays: string;
  detailsMakeup: string;
  detailsMakeupDay: string;
  detailsLate: string;
  detailsToday: string;
  detailsEstimate: string;
  /** Appended to an estimated holiday in the explanation. */
  detailsEstimated: string;
  /** Data sources. */
  sourceBuiltIn: string;
  sourceRegistered: string;
  sourceRegisteredUnnamed: string;
  /** Bad input. */
  errorHeading: string;
  errorDate: string;
  fieldChanged: string;
  fieldPublished: string;
  fieldToday: string;
  dateProblemEmpty: string;
  dateProblemFormat: string;
  dateProblemYear: string;
  dateProblemMonth: string;
  dateProblemDay: string;
  errorWorkingDays: string;
  errorWorkingDaysNotANumber: string;
  errorPublishedBeforeChanged: string;
  errorHolidays: string;
  /** `{field}` `{value}` is more than `{years}` years from the date of change. */
  errorSpan: string;
  /** Joins a list of years: 2027、2028. */
  listSeparator: string;
  /**
   * The statutory holidays' names, as the calendar data gives them (zh-CN: 清明, 端午, 中秋 without
   * 节) and as a site's own schedule may (清明节), in this language. test/a11y/holiday-names.test.ts
   * checks that every name of every calendar year has one.
   */
  holidayNames: Record<string, string>;
}

/** Simplified Chinese, the default. */
export const zhCN: DeadlineStrings = {
  locale: 'zh-CN',
  rule: '公开时限：信息形成或变更之日起{days}个工作日内',
  ruleBasis:
    '依据《中华人民共和国政府信息公开条例》第二十六条。形成或变更当日不计入（《中华人民共和国民法典》第二百零一条），从次日起算；周末和法定节假日不计入，调休上班日计为工作日。',
  changedLabel: '信息形成或变更日期',
  dueLabel: '公开截止日期',
  publishedLabel: '实际公开日期',
  provisionalMark: '预计',
  statusOnTime: '按时公开',
  statusLate: '逾期 {n} 个工作日公开',
  statusRemaining: '剩余 {n} 个工作日',
  statusDueToday: '今日到期',
  statusOverdue: '已逾期 {n} 个工作日',
  provisionalNote:
    '{years} 年的节假日安排尚未纳入日历数据，这段时间暂按周一至周五上班估算（元旦、劳动节、国庆节的法定假日除外），日期仅供参考，以国务院办公厅公布的安排为准。',
  detailsSummary: '截止日期是怎样算出的',
  detailsCount: '从 {changed} 的次日起算（当日不计入），数满 {n} 个工作日：第 1 个工作日是 {first}，第 {n} 个工作日 {due} 为公开截止日期。',
  detailsCalendarDays: '共 {days} 个自然日，其中 {weekendDays} 个周末日不计入。',
  detailsHolidays: '不计入的法定节假日：',
  detailsHoliday: '{name}：{from}至{to}，共 {days} 天',
  detailsHolidayOneDay: '{name}：{date}',
  detailsNoHolidays: '期间没有法定节假日。',
  detailsMakeup: '计为工作日的调休上班日：',
  detailsMakeupDay: '{date}（{weekday}，{name}调休上班）',
  detailsLate: '实际公开日期 {published} 晚于截止日期，按截止日后的第 {n} 个工作日计（截止日后的休息日算作下一个工作日）。',
  detailsToday: '状态按 {today} 计算。',
  detailsEstimate: '{years} 年不在日历数据内，按估算计入。',
  detailsEstimated: '（预计）',
  sourceBuiltIn:
    '日历数据：国务院办公厅每年公布的部分节假日安排（{first}–{last} 年），取自 chinese-days {version} 数据包。',
  sourceRegistered: '{year} 年日历数据：本站登记的节假日安排（{source}）。',
  sourceRegisteredUnnamed: '{year} 年日历数据：本站登记的节假日安排。',
  errorHeading: '无法计算公开截止日期：',
  errorDate: '{field}“{value}”不是有效日期：{problem}。请按“年-月-日”填写，例如 2026-09-28。',
  fieldChanged: '信息形成或变更日期（changed）',
  fieldPublished: '实际公开日期（published）',
  fieldToday: '当前日期（today）',
  dateProblemEmpty: '未填写',
  dateProblemFormat: '格式应为 YYYY-MM-DD',
  dateProblemYear: '年份应在 1900 至 9999 之间',
  dateProblemMonth: '月份应在 01 至 12 之间',
  dateProblemDay: '这个月没有这一天',
  errorWorkingDays: '工作日数（working-days）“{value}”无效：应为 1 至 999 之间的整数，例如 20。',
  errorWorkingDaysNotANumber: '工作日数（working-days）不是数字：应为 1 至 999 之间的整数，例如 20。',
  errorPublishedBeforeChanged: '实际公开日期 {published} 早于信息形成或变更日期 {changed}，请检查这两个日期。',
  errorHolidays: '节假日安排数据（holidays）有误：{detail}',
  errorSpan: '{field}“{value}”与信息形成或变更之日相隔超过 {years} 年，无法计算，请核对日期。',
  listSeparator: '、',
  holidayNames: {
    元旦: '元旦',
    春节: '春节',
    清明节: '清明节',
    劳动节: '劳动节',
    端午节: '端午节',
    中秋节: '中秋节',
    国庆节: '国庆节',
    // The calendar data (the State Council notices) names these three without 节.
    清明: '清明节',
    端午: '端午节',
    中秋: '中秋节',
    中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
  },
};

/** Strings by locale tag; a site may add another language with the same keys. */
export const deadlineStrings: Translations<DeadlineStrings> = lazyTranslations<DeadlineStrings>(
  { 'zh-CN': zhCN },
  {
    'zh-TW': () => import('./deadline.strings.zh-TW.js').then((module) => module.zhTW),
    en: () => import('./deadline.strings.en.js').then((module) => module.en),
  },
);

/**
 * Splits a `{name}` template into text and the given values, in order, for Lit to render
 * (so a value can be a `<time>` template); numbers are formatted for `locale` and
 * `{n:day|days}` picks a word by the number. Unknown placeholders are kept as written.
 */
export function fillTemplate(template: string, values: Record<string, unknown>, locale = 'zh-CN'): unknown[] {
  return fillTemplateParts(template, values, locale);
}
