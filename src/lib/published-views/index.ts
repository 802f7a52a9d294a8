/** Every published view, prerendered for every LA by src/routes/views/[view]/[area].json. */
import { exclusionsView } from '$lib/sections/exclusions/view';
import { schoolOutcomesView } from '$lib/sections/exclusions/school-outcomes-view';
import { moneyView } from '$lib/sections/money/view';
import { needsView } from '$lib/sections/needs/view';
import { overviewView } from '$lib/sections/overview/view';
import { post19View } from '$lib/sections/post-19/view';
import { profileBaseView, profileView } from '$lib/sections/profile/view';
import { healthBaseView, healthLaView } from '$lib/sections/waiting-times/health-view';
import { waitsBaseView, waitsLaView } from '$lib/sections/waiting-times/view';
import type { PublishedView } from './view';

export const PUBLISHED_VIEWS: readonly PublishedView<unknown>[] = [
	overviewView,
	needsView,
	waitsBaseView,
	waitsLaView,
	healthBaseView,
	healthLaView,
	post19View,
	exclusionsView,
	schoolOutcomesView,
	moneyView,
	profileBaseView,
	profileView
];
