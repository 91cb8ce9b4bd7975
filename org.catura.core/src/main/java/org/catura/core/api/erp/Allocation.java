package org.catura.core.api.erp;

import java.time.LocalDate;
import java.util.List;

/** C_AllocationHdr with its lines. */
public record Allocation(int id, String documentNo, DocStatus status, LocalDate dateTrx, String currency,
        List<AllocationLineDraft> lines) {

    public Allocation {
        lines = List.copyOf(lines);
    }
}
