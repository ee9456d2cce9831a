import { fillTemplateParts, type Translations } from '../../utilities/localize.js';

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

/** Traditional Chinese; the names of laws and offices as they are written. */
export const zhTW: DeadlineStrings = {
  locale: 'zh-TW',
  rule: '公開時限：信息形成或變更之日起{days}個工作日內',
  ruleBasis:
    '依據《中華人民共和國政府信息公開條例》第二十六條。形成或變更當日不計入（《中華人民共和國民法典》第二百零一條），從次日起算；週末和法定節假日不計入，調休上班日計為工作日。',
  changedLabel: '信息形成或變更日期',
  dueLabel: '公開截止日期',
  publishedLabel: '實際公開日期',
  provisionalMark: '預計',
  statusOnTime: '按時公開',
  statusLate: '逾期 {n} 個工作日公開',
  statusRemaining: '剩餘 {n} 個工作日',
  statusDueToday: '今日到期',
  statusOverdue: '已逾期 {n} 個工作日',
  provisionalNote:
    '{years} 年的節假日安排尚未納入日曆資料，這段時間暫按週一至週五上班估算（元旦、勞動節、國慶節的法定假日除外），日期僅供參考，以國務院辦公廳公布的安排為準。',
  detailsSummary: '截止日期是怎樣算出的',
  detailsCount: '從 {changed} 的次日起算（當日不計入），數滿 {n} 個工作日：第 1 個工作日是 {first}，第 {n} 個工作日 {due} 為公開截止日期。',
  detailsCalendarDays: '共 {days} 個自然日，其中 {weekendDays} 個週末日不計入。',
  detailsHolidays: '不計入的法定節假日：',
  detailsHoliday: '{name}：{from}至{to}，共 {days} 天',
  detailsHolidayOneDay: '{name}：{date}',
  detailsNoHolidays: '期間沒有法定節假日。',
  detailsMakeup: '計為工作日的調休上班日：',
  detailsMakeupDay: '{date}（{weekday}，{name}調休上班）',
  detailsLate: '實際公開日期 {published} 晚於截止日期，按截止日後的第 {n} 個工作日計（截止日後的休息日算作下一個工作日）。',
  detailsToday: '狀態按 {today} 計算。',
  detailsEstimate: '{years} 年不在日曆資料內，按估算計入。',
  detailsEstimated: '（預計）',
  sourceBuiltIn:
    '日曆資料：國務院辦公廳每年公布的部分節假日安排（{first}–{last} 年），取自 chinese-days {version} 資料包。',
  sourceRegistered: '{year} 年日曆資料：本站登記的節假日安排（{source}）。',
  sourceRegisteredUnnamed: '{year} 年日曆資料：本站登記的節假日安排。',
  errorHeading: '無法計算公開截止日期：',
  errorDate: '{field}「{value}」不是有效日期：{problem}。請按「年-月-日」填寫，例如 2026-09-28。',
  fieldChanged: '信息形成或變更日期（changed）',
  fieldPublished: '實際公開日期（published）',
  fieldToday: '當前日期（today）',
  dateProblemEmpty: '未填寫',
  dateProblemFormat: '格式應為 YYYY-MM-DD',
  dateProblemYear: '年份應在 1900 至 9999 之間',
  dateProblemMonth: '月份應在 01 至 12 之間',
  dateProblemDay: '這個月沒有這一天',
  errorWorkingDays: '工作日數（working-days）「{value}」無效：應為 1 至 999 之間的整數，例如 20。',
  errorWorkingDaysNotANumber: '工作日數（working-days）不是數字：應為 1 至 999 之間的整數，例如 20。',
  errorPublishedBeforeChanged: '實際公開日期 {published} 早於信息形成或變更日期 {changed}，請檢查這兩個日期。',
  errorHolidays: '節假日安排資料（holidays）有誤：{detail}',
  errorSpan: '{field}「{value}」與資訊形成或變更之日相隔超過 {years} 年，無法計算，請核對日期。',
  listSeparator: '、',
  holidayNames: {
    元旦: '元旦',
    春节: '春節',
    清明节: '清明節',
    劳动节: '勞動節',
    端午节: '端午節',
    中秋节: '中秋節',
    国庆节: '國慶節',
    清明: '清明節',
    端午: '端午節',
    中秋: '中秋節',
    中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: '中國人民抗日戰爭暨世界反法西斯戰爭勝利70週年紀念日',
  },
};

/** English. `{n:day|days}` picks the singular or plural by the number. */
export const en: DeadlineStrings = {
  locale: 'en',
  rule: 'Time limit: within {days} {days:working day|working days} of the information being formed or changed',
  ruleBasis:
    'Under Article 26 of the Regulations of the People’s Republic of China on Open Government Information. The day the information is formed or changed is not counted (Article 201 of the Civil Code of the People’s Republic of China); counting starts the next day. Weekends and public holidays are not counted; make-up working days (调休上班) are.',
  changedLabel: 'Formed or changed on',
  dueLabel: 'Due by',
  publishedLabel: 'Published on',
  provisionalMark: 'Estimate',
  statusOnTime: 'Published on time',
  statusLate: 'Published {n} {n:working day|working days} late',
  statusRemaining: '{n} {n:working day|working days} left',
  statusDueToday: 'Due today',
  statusOverdue: '{n} {n:working day|working days} overdue',
  provisionalNote:
    'The holiday schedule for {years} is not in the calendar data yet, so that period is estimated as Monday to Friday working days (except the statutory New Year’s Day, Labour Day and National Day holidays). The date is for reference only; the schedule published by the General Office of the State Council prevails.',
  detailsSummary: 'How the due date was worked out',
  detailsCount:
    'Counting starts the day after {changed} (that day is not counted) and runs for {n} {n:working day|working days}: working day 1 is {first}, and working day {n}, {due}, is the due date.',
  detailsCalendarDays: '{days} calendar {days:day|days} in all, of which {weekendDays} weekend {weekendDays:day is|days are} not counted.',
  detailsHolidays: 'Public holidays not counted:',
  detailsHoliday: '{name}: {from} to {to}, {days} {days:day|days}',
  detailsHolidayOneDay: '{name}: {date}',
  detailsNoHolidays: 'There are no public holidays in this period.',
  detailsMakeup: 'Make-up working days, counted as working days:',
  detailsMakeupDay: '{date} ({weekday}, make-up working day for {name})',
  detailsLate:
    'The publication date {published} is after the due date; it counts as working day {n} after the due date (a rest day after the due date counts as the next working day).',
  detailsToday: 'Status as of {today}.',
  detailsEstimate: '{years}: not in the calendar data, counted by the estimate.',
  detailsEstimated: ' (estimate)',
  sourceBuiltIn:
    'Calendar data: the holiday schedules the General Office of the State Council publishes each year ({first}–{last}), from the chinese-days {version} package.',
  sourceRegistered: 'Calendar data for {year}: the holiday schedule registered by this site ({source}).',
  sourceRegisteredUnnamed: 'Calendar data for {year}: the holiday schedule registered by this site.',
  errorHeading: 'The disclosure due date cannot be worked out:',
  errorDate: '{field} “{value}” is not a valid date: {problem}. Write it as year-month-day, e.g. 2026-09-28.',
  fieldChanged: 'The date the information was formed or changed (changed)',
  fieldPublished: 'The publication date (published)',
  fieldToday: 'The current date (today)',
  dateProblemEmpty: 'it is empty',
  dateProblemFormat: 'the format must be YYYY-MM-DD',
  dateProblemYear: 'the year must be from 1900 to 9999',
  dateProblemMonth: 'the month must be from 01 to 12',
  dateProblemDay: 'that month has no such day',
  errorWorkingDays: 'The number of working days (working-days) “{value}” is not valid: it must be a whole number from 1 to 999, e.g. 20.',
  errorWorkingDaysNotANumber: 'The number of working days (working-days) is not a number: it must be a whole number from 1 to 999, e.g. 20.',
  errorPublishedBeforeChanged:
    'The publication date {published} is before the date the information was formed or changed ({changed}); please check both dates.',
  errorHolidays: 'The holiday schedule (holidays) is wrong: {detail}',
  errorSpan: '{field} “{value}” is more than {years} years from the date of change and cannot be counted; please check the date.',
  listSeparator: ', ',
  holidayNames: {
    元旦: 'New Year’s Day',
    春节: 'Spring Festival',
    清明节: 'Qingming Festival',
    劳动节: 'Labour Day',
    端午节: 'Dragon Boat Festival',
    中秋节: 'Mid-Autumn Festival',
    国庆节: 'National Day',
    清明: 'Qingming Festival',
    端午: 'Dragon Boat Festival',
    中秋: 'Mid-Autumn Festival',
    中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: '70th Anniversary of the Victory of the Chinese People’s War of Resistance Against Japanese Aggression and the World Anti-Fascist War',
  },
};

/** Strings by locale tag; a site may add another language with the same keys. */
export const deadlineStrings: Translations<DeadlineStrings> & Record<string, DeadlineStrings> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
};

/**
 * Splits a `{name}` template into text and the given values, in order, for Lit to render
 * (so a value can be a `<time>` template); numbers are formatted for `locale` and
 * `{n:day|days}` picks a word by the number. Unknown placeholders are kept as written.
 */
export function fillTemplate(template: string, values: Record<string, unknown>, locale = 'zh-CN'): unknown[] {
  return fillTemplateParts(template, values, locale);
}
