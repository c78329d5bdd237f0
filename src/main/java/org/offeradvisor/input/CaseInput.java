package org.offeradvisor.input;

import java.util.List;

/** A case exactly as it arrives in JSON (docs/CONTRACT.md); every field may be absent until validated. */
public record CaseInput(
        Integer schemaVersion,
        String currency,
        CandidateInput candidate,
        SituationInput situation,
        List<OfferInput> offers) {
}
