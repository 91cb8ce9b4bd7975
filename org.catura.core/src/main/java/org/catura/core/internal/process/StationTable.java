package org.catura.core.internal.process;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;

/**
 * Which station takes which orders: per state, stations that name their channels, and at most
 * one that takes the rest. Refuses a station that would make two stations claim the same order.
 */
final class StationTable {

    /** A station with the channels its claims take. */
    record Entry(Station station, ProcessRows.Channels channels) {
    }

    private final Map<OrderState, List<Station>> byState = new EnumMap<>(OrderState.class);
    /** Each station's channels, read once when it is added (Station.channels() promises no more). */
    private final Map<Station, Set<String>> channels = new HashMap<>();
    /** Rebuilt when a station comes or goes; read by every worker round without a lock. */
    private volatile List<Entry> entries = List.of();

    synchronized void add(Station station) {
        List<Station> here = byState.computeIfAbsent(station.input(), s -> new ArrayList<>());
        if (here.contains(station)) {
            return;
        }
        Set<String> mine = Set.copyOf(station.channels());
        for (Station other : here) {
            Set<String> theirs = channels.get(other);
            if (mine.isEmpty() && theirs.isEmpty()) {
                throw new IllegalStateException("Both " + other.name() + " and " + station.name()
                        + " take every channel's orders in state " + station.input()
                        + "; let one of them name the channels it takes (Station.channels())");
            }
            Set<String> both = new HashSet<>(mine);
            both.retainAll(theirs);
            if (!both.isEmpty()) {
                throw new IllegalStateException("Both " + other.name() + " and " + station.name()
                        + " take the orders of " + both + " in state " + station.input()
                        + "; each order may have one station: name disjoint channels");
            }
        }
        here.add(station);
        channels.put(station, mine);
        entries = build();
    }

    synchronized void remove(Station station) {
        List<Station> here = byState.get(station.input());
        if (here != null) {
            here.remove(station);
            if (here.isEmpty()) {
                byState.remove(station.input());
            }
        }
        channels.remove(station);
        entries = build();
    }

    /** Every station with the channels it claims: named ones, or everything the others at its state do not name. */
    List<Entry> entries() {
        return entries;
    }

    private List<Entry> build() {
        List<Entry> built = new ArrayList<>();
        for (List<Station> here : byState.values()) {
            Set<String> named = new HashSet<>();
            here.forEach(s -> named.addAll(channels.get(s)));
            for (Station s : here) {
                Set<String> mine = channels.get(s);
                built.add(new Entry(s, mine.isEmpty()
                        ? new ProcessRows.Channels(Set.of(), Set.copyOf(named)) : new ProcessRows.Channels(mine, Set.of())));
            }
        }
        return List.copyOf(built);
    }

    synchronized Set<OrderState> states() {
        Set<OrderState> states = EnumSet.noneOf(OrderState.class);
        states.addAll(byState.keySet());
        return states;
    }
}
