/**
 * The live alert feed of the signed-in user: one graphql-ws subscription per urql client (so
 * per session), shared by the navigation's badge and the inbox.
 *
 * It first asks `alertsSince` where the event stream stands, then subscribes with `after` =
 * that cursor; each event moves the cursor on (`model/cursor`). When the socket is lost the
 * subscription ends with an error and the feed subscribes again, after a growing pause, with
 * `after` = the last cursor it handled: the server replays what was missed, then goes live,
 * and an event seen twice is dropped.
 */
import type { Client } from '@urql/core';
import { useEffect, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import type { AlertEventKind, AlertRowFragment } from '@/gql/graphql';
import { EMPTY_BOOK, admit, advance, nextHeadQuery, reconnectDelay, resumeAfter, type CursorBook } from '../model/cursor';
import { AlertEventsSubscription, AlertsSinceQuery } from './alerts';

export interface LiveAlertEvent {
  cursor: string;
  kind: AlertEventKind;
  version: number;
  alert: AlertRowFragment;
}

export type FeedStatus = 'connecting' | 'live' | 'reconnecting';

export interface FeedSnapshot {
  status: FeedStatus;
  /** Events received since the feed started, oldest first. */
  events: readonly LiveAlertEvent[];
  /** How many answers the organisation sent in this session (the count is read again after each). */
  answers: number;
}

/** How many head pages to read at most before subscribing live without `after`. */
const MAX_HEAD_PAGES = 50;

class AlertFeed {
  private book: CursorBook = EMPTY_BOOK;
  private snapshot: FeedSnapshot = { status: 'connecting', events: [], answers: 0 };
  private listeners = new Set<() => void>();
  private users = 0;
  private unsubscribe: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private started = false;

  constructor(private readonly client: Client) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  private set(next: Partial<FeedSnapshot>) {
    this.snapshot = { ...this.snapshot, ...next };
    for (const l of this.listeners) l();
  }

  /** The organisation answered an alert: readers of the count read it again. */
  answered() {
    this.set({ answers: this.snapshot.answers + 1 });
  }

  acquire() {
    this.users += 1;
    if (this.users === 1 && !this.started) {
      this.started = true;
      void this.start();
    }
  }

  release() {
    this.users -= 1;
    if (this.users > 0) return;
    // Stop once nobody reads the feed (a later reader starts it again from the last cursor).
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.started = false;
  }

  /** Reads where the stream stands, unless the feed already knows, then subscribes. */
  private async start() {
    if (resumeAfter(this.book) === null) {
      let asked: string | null = null;
      for (let page = 0; page < MAX_HEAD_PAGES && this.started; page += 1) {
        const result = await this.client.query(AlertsSinceQuery, { cursor: asked }, { requestPolicy: 'network-only' }).toPromise();
        const answered = result.data?.alertsSince.cursor;
        if (!answered) break;
        this.book = advance(this.book, answered);
        const step = nextHeadQuery(asked, answered);
        if (step.done) break;
        asked = step.cursor;
      }
    }
    if (this.started) this.connect();
  }

  private connect() {
    this.unsubscribe?.();
    const after = resumeAfter(this.book);
    const { unsubscribe } = this.client.subscription(AlertEventsSubscription, { after }).subscribe((result) => {
      if (result.error) {
        this.retry();
        return;
      }
      const event = result.data?.alerts;
      if (!event) return;
      this.failures = 0;
      const { book, fresh } = admit(this.book, event.cursor);
      this.book = book;
      if (this.snapshot.status !== 'live') this.set({ status: 'live' });
      if (fresh) this.set({ events: [...this.snapshot.events, event] });
    });
    this.unsubscribe = unsubscribe;
    // graphql-ws gives no "subscribed" signal through urql: once asked, the feed counts as live
    // until the socket fails.
    if (this.snapshot.status !== 'live') this.set({ status: 'live' });
  }

  private retry() {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (!this.started || this.timer) return;
    this.set({ status: 'reconnecting' });
    const delay = reconnectDelay(this.failures);
    this.failures += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.started) this.connect();
    }, delay);
  }
}

const feeds = new WeakMap<Client, AlertFeed>();

function feedOf(client: Client): AlertFeed {
  let feed = feeds.get(client);
  if (!feed) {
    feed = new AlertFeed(client);
    feeds.set(client, feed);
  }
  return feed;
}

/** Tells the feed's readers that the organisation answered an alert. */
export function useAnsweredSignal(): () => void {
  const feed = feedOf(useClient());
  return () => feed.answered();
}

/** The session's live alert events (the feed runs while at least one component reads it). */
export function useAlertFeed(): FeedSnapshot {
  const client = useClient();
  const feed = feedOf(client);
  useEffect(() => {
    feed.acquire();
    return () => feed.release();
  }, [feed]);
  return useSyncExternalStore(feed.subscribe, feed.getSnapshot, feed.getSnapshot);
}
