import { FieldError } from '@/components/ui/field-error';
import { splitList, splitRows } from '@/lib/editing/rows';
import type { Option } from '@/lib/editing/types';
import { PartField } from './controls';

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
        const part = (key: string, value: string) => ({ id: id(key), name: id(key), value, errors: errors[id(key)] });
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
                <PartField {...part('basis', basis)} kind="select" label={labels.basis} options={bases} empty={choose} />
                <PartField {...part('basis_source', source)} kind="select" label={labels.source} options={sources} empty={choose} />
                <PartField {...part('basis_quote', quote)} kind="textarea" label={labels.quote} maxLength={2000} />
                <PartField {...part('basis_where', where)} kind="text" label={labels.where} maxLength={80} />
                <PartField {...part('basis_reason', reason)} kind="textarea" label={labels.reason} maxLength={600} />
                <PartField {...part('basis_reason_ko', reasonKo)} kind="textarea" label={labels.reasonKo} maxLength={600} lang="ko" />
              </div>
            </details>
            <FieldError id={`${name}.${o.value}-error`} errors={errors[`${name}.${o.value}`]} />
          </div>
        );
      })}
    </div>
  );
}
