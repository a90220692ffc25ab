import { FieldError } from '@/components/ui/field-error';
import { LabelledField } from '@/components/ui/labelled-field';
import { splitRows } from '@/lib/editing/rows';
import type { Option } from '@/lib/editing/types';
import { splitList } from '@/lib/editing/values';
import { Choices, inputClass } from './controls';

export type LinkClaimLabels = { summary: string; basis: string; source: string; quote: string; where: string; reason: string; reasonKo: string };

/**
 * Links with what each rests on: a box per record that can be linked, and beside it the link's claim,
 * folded under a line that names its basis and open where the link is ticked, typed in or wrong.
 * Inputs are named `<links>.<id>.<part>`, as its problems are (lib/records/claims.ts); the action reads
 * them back into a line per link (lib/actions/form-rows.ts).
 */
export function ClaimedLinks({ name, links, claims, options, sources, bases, errors, labels, choose }: {
  name: string;
  links: string;
  claims: string;
  options?: Option[];
  sources?: Option[];
  bases?: Option[];
  errors: Record<string, string[] | undefined>;
  labels: LinkClaimLabels;
  choose: string;
}) {
  const ticked = new Set(splitList(links));
  const rows = new Map(splitRows(claims).map(([id = '', ...cells]) => [id, cells]));
  return (
    <div className="mt-1 space-y-2">
      {options?.map((o) => {
        const [basis = '', source = '', quote = '', where = '', reason = '', reasonKo = ''] = rows.get(o.value) ?? [];
        const id = (part: string) => `${name}.${o.value}.${part}`;
        const wrong = Object.keys(errors).some((key) => key.startsWith(`${name}.${o.value}.`) && errors[key]?.length);
        const control = (part: string) => ({ name: id(part), 'aria-describedby': `${id(part)}-error`, 'aria-invalid': Boolean(errors[id(part)]), className: inputClass });
        const basisLabel = bases?.find((b) => b.value === basis)?.label;
        return (
          <div key={o.value} role="group" aria-labelledby={`${id('link')}-label`} className="rounded border border-zinc-300 px-2 py-1 dark:border-zinc-700" data-link={o.value}>
            <label id={`${id('link')}-label`} className="flex items-start gap-2">
              <input type="checkbox" name={name} value={o.value} defaultChecked={ticked.has(o.value)} aria-describedby={`${id('basis')}-error`} className="mt-1" />
              <span>{o.label}</span>
            </label>
            <details open={ticked.has(o.value) || Boolean(basis) || wrong} className="mt-1 mb-1 ml-6">
              <summary className="cursor-pointer text-sm">
                {labels.summary}
                {basisLabel ? `: ${basisLabel}` : ''}
              </summary>
              <div className="mt-2 space-y-2">
                <LabelledField id={id('basis')} label={labels.basis} errors={errors[id('basis')]}>
                  <select {...control('basis')} defaultValue={basis}>
                    <Choices options={bases} empty={choose} />
                  </select>
                </LabelledField>
                <LabelledField id={id('basis_source')} label={labels.source} errors={errors[id('basis_source')]}>
                  <select {...control('basis_source')} defaultValue={source}>
                    <Choices options={sources} empty={choose} />
                  </select>
                </LabelledField>
                <LabelledField id={id('basis_quote')} label={labels.quote} errors={errors[id('basis_quote')]}>
                  <textarea {...control('basis_quote')} defaultValue={quote} rows={2} maxLength={2000} />
                </LabelledField>
                <LabelledField id={id('basis_where')} label={labels.where} errors={errors[id('basis_where')]}>
                  <input {...control('basis_where')} type="text" defaultValue={where} maxLength={80} />
                </LabelledField>
                <LabelledField id={id('basis_reason')} label={labels.reason} errors={errors[id('basis_reason')]}>
                  <textarea {...control('basis_reason')} defaultValue={reason} rows={2} maxLength={600} />
                </LabelledField>
                <LabelledField id={id('basis_reason_ko')} label={labels.reasonKo} errors={errors[id('basis_reason_ko')]}>
                  <textarea {...control('basis_reason_ko')} defaultValue={reasonKo} rows={2} maxLength={600} lang="ko" />
                </LabelledField>
              </div>
            </details>
            <FieldError id={`${name}.${o.value}-error`} errors={errors[`${name}.${o.value}`]} />
          </div>
        );
      })}
    </div>
  );
}
