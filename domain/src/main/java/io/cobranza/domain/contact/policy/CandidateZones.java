package io.cobranza.domain.contact.policy;

import io.cobranza.domain.debtor.Debtor;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The time zones a debtor may be in: every zone known for the debtor (stated zone, zones of contact
 * points) or, when none is known, every zone of the jurisdiction. Rules on local time and local
 * dates hold in every candidate zone, the most restrictive reading when the location is ambiguous.
 *
 * @param jurisdictionZones the zones used when nothing is known about the debtor's location
 */
public record CandidateZones(List<ZoneId> jurisdictionZones) {
  public CandidateZones {
    jurisdictionZones = List.copyOf(jurisdictionZones);
    if (jurisdictionZones.isEmpty()) {
      throw new IllegalArgumentException("jurisdictionZones: at least one zone is needed");
    }
  }

  /** Candidate zones falling back to the zones with the given ids. */
  public static CandidateZones fallingBackTo(String... zoneIds) {
    return new CandidateZones(Arrays.stream(zoneIds).map(ZoneId::of).toList());
  }

  /** The zones the debtor may be in. */
  public Set<ZoneId> forDebtor(Debtor debtor) {
    var known = debtor.knownZones();
    return known.isEmpty() ? new LinkedHashSet<>(jurisdictionZones) : known;
  }
}
