// The publisher block and the call to action: the only links the page may
// carry. The website is an https URL (the schema guarantees it; checked again
// here because it becomes an href), e-mail and phone become mailto:/tel:.
// The brand colour becomes the page's accent, with a text colour that stays
// readable on it.
import type { Model } from '../../types.js';

export interface PublisherLinks {
  readonly name: string;
  readonly website: { readonly href: string; readonly label: string } | null;
  readonly email: { readonly href: string; readonly label: string } | null;
  readonly phone: { readonly href: string; readonly label: string } | null;
}

export interface CallToAction {
  readonly href: string;
}

export interface Accent {
  readonly color: string;
  /** Text colour on the accent: white or near-black, whichever contrasts more (they tie near luminance 0.2). */
  readonly on: string;
}

const DEFAULT_ACCENT = '#1f4e79';

export function publisherLinks(model: Model): PublisherLinks {
  const p = model.dataset.publisher;
  const website = p.website && /^https:\/\/[^\s"'<>]+$/i.test(p.website) ? p.website : undefined;
  const phoneDigits = p.phone?.replace(/[^+\d]/g, '');
  return {
    name: p.name,
    website: website ? { href: website, label: website.replace(/^https:\/\//i, '').replace(/\/$/, '') } : null,
    email: p.email ? { href: `mailto:${p.email}`, label: p.email } : null,
    phone: p.phone && phoneDigits ? { href: `tel:${phoneDigits}`, label: p.phone } : null,
  };
}

/** Where "request the full PDF sample" leads: a prefilled e-mail, else the website, else the phone. */
export function callToAction(model: Model, links: PublisherLinks): CallToAction | null {
  if (links.email) {
    const subject = encodeURIComponent(`Sample request: ${model.title}`);
    return { href: `${links.email.href}?subject=${subject}` };
  }
  if (links.website) return { href: links.website.href };
  if (links.phone) return { href: links.phone.href };
  return null;
}

export function accentOf(model: Model): Accent {
  const raw = model.dataset.publisher.brandColor;
  const color = raw && /^#[0-9a-f]{6}$/i.test(raw) ? raw.toLowerCase() : DEFAULT_ACCENT;
  return { color, on: relativeLuminance(color) > 0.2 ? '#1a1a1a' : '#ffffff' };
}

/** WCAG relative luminance of #rrggbb. */
function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
