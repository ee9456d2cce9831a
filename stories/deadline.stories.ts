import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/deadline.js';
import type { HolidaySchedule } from '../src/deadline.js';

/**
 * `<si-deadline>` shows the statutory disclosure deadline (《政府信息公开条例》第二十六条: 20
 * working days after the information is formed or changed) on China's working-day
 * calendar, and whether it was met. Every story sets `today`, so it looks the same on any
 * day. The API table comes from custom-elements.json.
 */
const meta: Meta = {
  title: 'Components/Deadline',
  component: 'si-deadline',
  tags: ['autodocs'],
  args: { variant: 'full', changed: '2026-09-28', workingDays: 20, published: '', today: '2026-10-20' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    changed: { control: 'text' },
    workingDays: { control: 'number', name: 'working-days' },
    published: { control: 'text' },
    today: { control: 'text' },
  },
  render: ({ variant, changed, workingDays, published, today }) => html`
    <si-deadline
      variant=${variant}
      changed=${changed}
      working-days=${workingDays}
      published=${published}
      today=${today}
    ></si-deadline>
  `,
};
export default meta;

type Story = StoryObj;

/** No date yet: the rule in plain words, on one line. */
export const RuleCompact: Story = { args: { variant: 'compact', changed: '' } };

/** No date yet, with the legal basis and the counting rule. */
export const RuleFull: Story = { args: { changed: '' } };

/** A 10-working-day limit some other domains use. */
export const RuleTenWorkingDays: Story = { args: { changed: '', workingDays: 10 } };

/** Changed on 2026-09-28; the count skips 国庆节 and counts the make-up Saturday 10-10: due 2026-10-30. */
export const DueSoon: Story = {};

export const DueSoonCompact: Story = { args: { variant: 'compact' } };

export const DueToday: Story = { args: { variant: 'compact', today: '2026-10-30' } };

export const Overdue: Story = { args: { variant: 'compact', today: '2026-11-03' } };

export const OverdueFull: Story = { args: { today: '2026-11-03' } };

export const PublishedOnTime: Story = { args: { published: '2026-10-16' } };

export const PublishedLate: Story = { args: { published: '2026-11-04' } };

export const PublishedLateCompact: Story = { args: { variant: 'compact', published: '2026-11-04' } };

/** Across 春节 2026 and both of its make-up Saturdays (2-14, 2-28): due 2026-03-11. */
export const AcrossSpringFestival: Story = { args: { changed: '2026-02-05', today: '2026-02-06' } };

/** A due date that falls on a make-up working day (Saturday 2026-10-10). */
export const DueOnMakeUpSaturday: Story = { args: { changed: '2026-09-07', today: '2026-09-30' } };

/** The count runs into 2027, beyond the calendar data: the date is 预计, with a visible note. */
export const ProvisionalBeyondCalendar: Story = { args: { changed: '2026-12-15', today: '2026-12-20' } };

export const ProvisionalCompact: Story = { args: { variant: 'compact', changed: '2026-12-15', today: '2026-12-20' } };

/** FICTIONAL 2027 schedule for the demo only (not the official one), given through `holidays`. */
const FICTIONAL_2027: HolidaySchedule[] = [
  {
    year: 2027,
    source: '示例数据，非官方安排',
    holidays: [
      { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
      { name: '春节', from: '2027-02-06', to: '2027-02-14', workdays: ['2027-01-31', '2027-02-20'] },
    ],
  },
];

/** With a site-supplied 2027 schedule (fictional data) the same date is exact again. */
export const WithSiteSchedule: Story = {
  render: () => html`
    <si-deadline changed="2027-01-25" today="2027-02-01" .holidays=${FICTIONAL_2027}></si-deadline>
  `,
};

/** `changed="2026-13-45"`: a clear message instead of NaN or Invalid Date. */
export const BadDate: Story = { args: { changed: '2026-13-45' } };

export const PublishedBeforeChanged: Story = { args: { published: '2026-09-01' } };

export const BadWorkingDays: Story = { args: { workingDays: -3 } };

/** Several problems are listed together. */
export const SeveralProblems: Story = {
  args: { changed: '2026-13-45', published: '2026/11/01', workingDays: 2.5 },
};

/** Restyled through custom properties, as a red portal theme might. */
export const CustomProperties: Story = {
  render: () => html`
    <si-deadline
      variant="compact"
      changed="2026-09-28"
      today="2026-10-20"
      style="--si-deadline-info-color: #8f1d14; --si-deadline-radius: 0; --si-deadline-gap: 1em;"
    ></si-deadline>
  `,
};

/** Inside a legacy CMS article body (12px 宋体, text-indent, letter-spacing): text stays ≥ 14px. */
export const InsideLegacyCmsPage: Story = {
  render: () => html`
    <div style="font: 12px SimSun, serif; text-indent: 2em; letter-spacing: 2px; line-height: 2.5">
      正文示例：本事项公开时限如下。
      <si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline>
    </div>
  `,
};
