/** The site-wide feed: the newest notices, activities, stories, commendations and appeals. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/feeds/feed-content.ts';

export const GET: APIRoute = () => feedResponse();
