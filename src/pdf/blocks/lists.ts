// Text the dataset holds (drivers, Porter's forces, value chain, sources, its
// own FAQ), set as literal text under bold titles.
import type { ListId } from '../../outline/types.js';
import type { Dataset } from '../../types.js';
import { keepWithFirst } from '../keep.js';
import type { Node } from '../nodes.js';
import { bullets, paragraphs, subheading } from './narrative.js';

const PORTER: readonly [keyof NonNullable<Dataset['narrative']['porter']>, string][] = [
  ['rivalry', 'Competitive rivalry'],
  ['newEntrants', 'Threat of new entrants'],
  ['substitutes', 'Threat of substitutes'],
  ['buyerPower', 'Bargaining power of buyers'],
  ['supplierPower', 'Bargaining power of suppliers'],
];

function titled(title: string, text: string): Node[] {
  return keepWithFirst(subheading(title), paragraphs(text));
}

export function listNodes(list: ListId, dataset: Dataset): Node[] {
  const n = dataset.narrative;
  switch (list) {
    case 'drivers':
    case 'restraints':
    case 'opportunities':
    case 'trends':
    case 'challenges':
      return (n[list] ?? []).flatMap((item) => titled(item.title, item.text));
    case 'porter': {
      const porter = n.porter;
      return porter ? PORTER.flatMap(([key, label]) => titled(label, porter[key])) : [];
    }
    case 'value-chain':
      return (n.valueChain ?? []).flatMap((step, i) => titled(`${i + 1}. ${step.stage}`, step.text));
    case 'sources':
      return [bullets(n.sources)];
    case 'dataset-faq':
      return (n.faq ?? []).flatMap((q) => titled(q.question, q.answer));
  }
}
