/** Every published view, prerendered for every LA by src/routes/views/[view]/[area].json. */
import { exclusionsView } from '$lib/exclusions/view';
import { needsView } from '$lib/needs/view';
import { overviewView } from '$lib/overview/view';
import { post19View } from '$lib/post19/view';
import { waitsBaseView, waitsLaView } from '$lib/waiting-times/view';
import type { PublishedView } from './view';

export const PUBLISHED_VIEWS: readonly PublishedView<unknown>[] = [overviewView, needsView, waitsBaseView, waitsLaView, post19View, exclusionsView];
