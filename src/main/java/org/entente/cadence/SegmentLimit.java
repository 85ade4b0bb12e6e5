package org.entente.cadence;

/**
 * At most {@code most[s]} steps of category 0 inside segment s, where {@code segmentOf[t]} is the segment of step
 * t (segments are consecutive runs of steps): "at most A in-person meetings in a calendar year".
 */
record SegmentLimit(int[] segmentOf, long[] most) {
}
