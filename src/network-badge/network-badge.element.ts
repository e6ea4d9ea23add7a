import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CityDataElement } from '../core/data/data-element.js';
import { headingLevel, warnOnce } from '../core/element.js';
import { plural } from '../core/i18n/localize.js';
import { formatNumber } from '../core/i18n/numbers.js';
import { safeUrl } from '../core/safe-url.js';
import type { LocalizedText } from '../core/i18n/text.js';
import { otherLang, resolveLocalized, resolveText } from '../core/i18n/text.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Checked, Issue } from '../core/data/validate.js';
import { baseStyles, tokens } from '../core/styles/tokens.css.js';
import { dataStyles } from '../core/styles/data.css.js';
import type { Membership, MembershipsData } from './network-badge.data.js';
import { membershipsChecker } from './network-badge.loader.js';
import { issuesOfMembership, pickMembership } from './network-badge.pick.js';
import { styles } from './network-badge.styles.js';

/** Stands for the member's name in the translated sentence (a private-use character no translation contains). */
const marker = '\uE000';

export type BadgeVariant = 'card' | 'pill';
const variants: readonly BadgeVariant[] = ['card', 'pill'];

/**
 * @customElement city-network-badge
 * @summary Shows one network membership: the network's name and link, its full
 * name, the member, each role with its year, and the network's size.
 *
 * @slot - No-JavaScript fallback, shown until the badge has rendered.
 *
 * @event city-load - The data was loaded and checked. `detail.source` is the URL, `inline`, `property` or `attributes`.
 * @event city-error - The data could not be loaded or is unusable. `detail`: `{ source, status?, message }`.
 *
 * @csspart base - The badge's outer box.
 * @csspart logo - The network's logo.
 * @csspart label - The "Member of" line.
 * @csspart name - The network's name (a link when it has a safe URL).
 * @csspart full-name - The network's full name.
 * @csspart member - The member's name and joining year.
 * @csspart roles - The list of roles.
 * @csspart role - One role.
 * @csspart since - The "since" year of a role.
 * @csspart counts - "140+ cities in 39 countries".
 * @csspart loading - The loading placeholder.
 * @csspart error - An error message.
 * @csspart retry-button - The button that reloads after a network error.
 * @csspart empty - The message shown when there is no membership.
 * @csspart issues - The list of skipped problems in the data.
 *
 * @cssproperty [--city-badge-max-width=40em] Widest the card grows.
 */
export class CityNetworkBadge extends CityDataElement<MembershipsData> {
  static override styles = [tokens, baseStyles, ...dataStyles, styles];
  static override properties: PropertyDeclarations = {
    network: { reflect: true },
    variant: { reflect: true },
    name: {},
    fullName: { attribute: 'full-name' },
    href: {},
    member: {},
    memberRole: { attribute: 'member-role' },
    since: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    logo: {},
    label: {},
  };

  /** Id of the membership to show (`memberships[].id`); the first when omitted. Without JSON it is the id of the one membership the attributes describe, so it matches. */
  network?: string;

  /** `card` (default) or `pill`, one line that fits a footer. */
  variant: BadgeVariant = 'card';

  /** Without JSON: the network's short name. */
  name?: string;

  /** Without JSON: the network's full name. */
  fullName?: string;

  /** Without JSON: the network's web address (http, https or relative). */
  href?: string;

  /** Without JSON: the member's name, e.g. "Brno Metropolitan Area". */
  member?: string;

  /**
   * Without JSON: a role the member holds, e.g. "Chair, Working Group on
   * Metropolitan Areas". Also read from a `role` attribute, which the badge
   * then removes so the text does not become a bogus ARIA role of the host.
   */
  memberRole?: string;

  /** Without JSON: the year the role started (or, with no `role`, the year the member joined). */
  since?: number;

  /**
   * Level of the card's heading (the network's name), 1–6. The default, 3,
   * fits a badge placed in a section under an `<h2>`; set 2 under an `<h1>`.
   * The `pill` variant is one line of text, not a heading.
   */
  headingLevel = 3;

  /** Without JSON: URL of the network's logo. */
  logo?: string;

  /** Accessible name of the badge's region (default "Membership in" and the network's name): names two badges of one network on a page apart. */
  label?: string;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'role'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'role') {
      if (value !== null) {
        this.memberRole = value;
        this.removeAttribute('role');
      }
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Alongside the data's request, unless the badge is written in attributes alone.
    if (this.src || !this.name) membershipsChecker.prefetch();
  }

  protected check(json: unknown): Checked<MembershipsData> | Promise<Checked<MembershipsData>> {
    return membershipsChecker.use(({ checkMemberships }) => checkMemberships(json));
  }

  protected override modelFromAttributes(): Checked<MembershipsData> | undefined {
    if (!this.name) return undefined;
    const since = Number.isInteger(this.since) ? this.since : undefined;
    if (this.href && !safeUrl(this.href))
      warnOnce(`<city-network-badge> href="${this.href}" is not a safe URL and is not linked.`);
    return {
      value: {
        member: this.member,
        memberships: [
          {
            // The one membership is the one `network` names, if it names one.
            id: this.network?.trim() || undefined,
            network: {
              name: this.name,
              fullName: this.fullName,
              url: safeUrl(this.href),
              logo: safeUrl(this.logo) ? { src: safeUrl(this.logo)! } : undefined,
            },
            since: this.memberRole ? undefined : since,
            roles: this.memberRole ? [{ title: this.memberRole, since }] : [],
          },
        ],
        invalid: [],
      },
      issues: [],
    };
  }

  /** Attribute-only: a change of any of these builds the badge again. */
  protected override sourceExtra(): readonly unknown[] {
    return [this.name, this.fullName, this.href, this.member, this.memberRole, this.since, this.logo];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant') && !variants.includes(this.variant)) {
      warnOnce(`<city-network-badge> variant="${this.variant}" is not known; use one of: ${variants.join(', ')}.`);
    }
  }

  protected override render(): unknown {
    // The skeleton fits in the height held for the badge: a pill is one line.
    return this.renderData((data) => this.renderMemberships(data), this.variant === 'pill' ? 1 : 4);
  }

  /** The problems of the membership shown and of the file itself, not those of the others in it. */
  protected override shownIssues(issues: Issue[]): Issue[] {
    const { state } = this.source;
    const shown = state.status === 'ready' && pickMembership(state.value, this.network).membership?.path;
    return shown ? issuesOfMembership(issues, shown) : issues;
  }

  private renderMemberships(data: MembershipsData): TemplateResult {
    if (data.memberships.length === 0 && data.invalid.length === 0) {
      return this.renderEmptyList(msg('No network memberships to show.'));
    }
    const { membership, broken } = pickMembership(data, this.network);
    if (membership) return this.renderMembership(membership, data);
    // In the data but unusable: say so with its problems, not "no membership with this id".
    const state = this.source.state;
    if (broken && state.status === 'ready') {
      // Its own problems and the file's (the member's name), as when it is shown.
      return this.renderSkipped(issuesOfMembership(state.issues, broken.path));
    }
    const known = data.memberships
      .map((entry) => entry.id)
      .filter(Boolean)
      .join(', ');
    return html`<div part="error" class="error" role="alert">
      <p class="error-title">${msg(str`No membership with the id "${this.network}".`)}</p>
      <div class="error-detail">${msg(str`Set the network attribute to one of: ${known || '—'}.`)}</div>
    </div>`;
  }

  /** A data text in the widget's language, in a span with its own `lang` when it fell back to another. */
  private text(value: LocalizedText | undefined): TemplateResult {
    const resolved = resolveLocalized(value, this.locale);
    return html`<span lang=${ifDefined(otherLang(resolved, this.locale))}>${resolved.text}</span>`;
  }

  private renderMembership(membership: Membership, data: MembershipsData): TemplateResult {
    const locale = this.locale;
    const { network } = membership;
    const resolvedName = resolveLocalized(network.name, locale);
    const name = resolvedName.text;
    const nameLang = ifDefined(otherLang(resolvedName, locale));
    const pill = this.variant === 'pill';
    const nameContent = network.url
      ? html`<a part="name" class="name" href=${network.url} lang=${nameLang}>${name}</a>`
      : html`<span part="name" class="name" lang=${nameLang}>${name}</span>`;
    // The translated sentence is split where the member's name goes, so the name can carry its own lang.
    const member = marker;
    const [before, after = ''] = msg(str`${member} is a member of`).split(marker);
    const label = html`<span part="label" class="label"
      >${resolveText(data.member, locale) ? html`${before}${this.text(data.member)}${after}` : msg('Member of')}</span
    >`;
    return html`<section
      part="base"
      class="badge ${pill ? 'pill' : 'card'}"
      lang=${locale}
      aria-label=${this.label || msg(str`Membership in ${name}`)}
    >
      ${
        network.logo
          ? html`<img
              part="logo"
              class="logo"
              src=${network.logo.src}
              alt=${network.logo.alt ? resolveText(network.logo.alt, locale) : msg(str`${name} logo`)}
              loading="lazy"
            />`
          : nothing
      }
      <div class="text">
        ${
          pill
            ? html`<p class="headline">${label} ${nameContent}</p>`
            : html`<div class="headline" role="heading" aria-level=${headingLevel(this.headingLevel, this)}>
                ${label} ${nameContent}
              </div>`
        }
        ${network.fullName && !pill ? html`<p part="full-name" class="full-name">${this.text(network.fullName)}</p>` : nothing}
        ${
          membership.since !== undefined
            ? html`<p part="member" class="member">${msg(str`Member since ${membership.since}`)}</p>`
            : nothing
        }
        ${
          membership.roles.length > 0
            ? html`<ul part="roles" class="roles">
                ${membership.roles.map(
                  (role) =>
                    html`<li part="role" class="role">
                      ${this.text(role.title)}${
                        role.since !== undefined
                          ? html` <span part="since" class="since">${msg(str`since ${role.since}`)}</span>`
                          : nothing
                      }
                    </li>`,
                )}
              </ul>`
            : nothing
        }
        ${this.renderCounts(membership)}
      </div>
    </section>`;
  }

  private renderCounts(membership: Membership): TemplateResult | typeof nothing {
    const { memberCount, countryCount, memberCountExact } = membership.network;
    if (memberCount === undefined) return nothing;
    const shown = formatNumber(memberCount) + (memberCountExact ? '' : '+');
    const cities = plural(memberCount, 'badge-cities', [shown], {
      one: msg(str`${shown} city`, { id: 'badge-cities.one' }),
      other: msg(str`${shown} cities`, { id: 'badge-cities.other' }),
    });
    if (countryCount === undefined) return html`<p part="counts" class="counts">${cities}</p>`;
    const countriesShown = formatNumber(countryCount);
    const countries = plural(countryCount, 'badge-countries', [countriesShown], {
      one: msg(str`${countriesShown} country`, { id: 'badge-countries.one' }),
      other: msg(str`${countriesShown} countries`, { id: 'badge-countries.other' }),
    });
    return html`<p part="counts" class="counts">${msg(str`${cities} in ${countries}`)}</p>`;
  }
}
