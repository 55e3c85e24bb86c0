import type { constituency, membershipRole, SourceCitation } from '../../schema/database/index';
import { earliestEnd, latest, overlap } from './dates';
import type { Organisation } from './organisations';
import type { Place } from './places';
import { generated, nationalId, type Ref, type Rows } from './rows';

export interface Post extends Ref {
  key: string;
}

/** A body as other rows see it; `key` feeds the ids of its seats and lines. */
export interface Body extends Ref {
  key: string;
}

/** Titles of chief officers and elected members: their holders' names are public (DOMAIN.md §8). */
const seniorTitles = /^(Chief Executive|Director|Lead Member|Leader|Divisional Commander|Principal|Headteacher)/;

/**
 * Seats are held by posts, not people: an office persists across holders and no personal names are generated.
 * A post is made once per employer and title; posts of shared organisations carry the area in their title.
 */
export class PostRegistry {
  private readonly made = new Map<string, Post>();

  constructor(
    private readonly rows: Rows,
    private readonly area: Place,
  ) {}

  of(employer: Organisation | null, title: string, responsibleTo?: Body): Post {
    const key = `${employer?.key ?? this.area.code}|${title}`;
    let post = this.made.get(key);
    if (!post) {
      const period = employer ? (overlap(employer, this.area) ?? employer) : this.area;
      post = { id: nationalId('posts', key), key, validFrom: period.validFrom, validTo: period.validTo };
      this.made.set(key, post);
      this.rows.posts.push({
        id: post.id,
        title,
        employerId: employer?.id ?? null,
        responsibleToBodyId: responsibleTo?.id ?? null,
        senior: seniorTitles.test(title) || title.startsWith('Independent Chair'),
        validFrom: post.validFrom,
        validTo: post.validTo,
        ...generated(),
      });
    }
    return post;
  }
}

type Role = (typeof membershipRole.enumValues)[number];
type Constituency = (typeof constituency.enumValues)[number];

export interface Seat {
  post: Post;
  onBehalfOf: Organisation | null;
  role?: Role;
  votingRight?: boolean;
  canCommitResources?: boolean | null;
  commitScope?: string | null;
  constituency?: Constituency;
  from?: string;
  to?: string | null;
  sources?: readonly SourceCitation[];
}

/**
 * Writes a body's seats, each limited to the time the body, the post and the represented organisation all
 * exist. A post sits once per period (the seat exclusion constraint), so later duplicates are dropped.
 */
export function seatMembers(rows: Rows, body: Body, seats: readonly Seat[]): number {
  const taken = new Set<string>();
  let written = 0;
  for (const seat of seats) {
    const bounds = {
      validFrom: latest(seat.from ?? body.validFrom, seat.post.validFrom),
      validTo: earliestEnd(seat.to, seat.post.validTo),
    };
    const onBody = overlap(body, bounds);
    const period = onBody && overlap(onBody, seat.onBehalfOf ?? onBody);
    if (!period) continue;
    const key = `${seat.post.key}|${period.validFrom}`;
    if (taken.has(key)) continue;
    taken.add(key);
    rows.memberships.push({
      id: nationalId('memberships', `${body.key}|${key}`),
      bodyId: body.id,
      memberPostId: seat.post.id,
      onBehalfOfId: seat.onBehalfOf?.id ?? null,
      constituency: seat.constituency ?? 'OWN_ORGANISATION',
      role: seat.role ?? 'MEMBER',
      votingRight: seat.votingRight ?? true,
      canCommitResources: seat.canCommitResources ?? null,
      commitScope: seat.canCommitResources ? (seat.commitScope ?? "Within the post holder's delegated budget") : null,
      ...period,
      ...generated(seat.sources),
    });
    written += 1;
  }
  return written;
}
