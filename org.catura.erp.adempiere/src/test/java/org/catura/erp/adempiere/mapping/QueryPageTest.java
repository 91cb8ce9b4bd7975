package org.catura.erp.adempiere.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Product search pages are cut from Query.getIDs(): iDempiere's Query has no setLimit(int, int). */
class QueryPageTest {

    private static final int[] IDS = {101, 102, 103, 104, 105};

    @Test
    void aPageIsTheKeysFromTheOffsetInTheQuerysOrder() {
        assertEquals(List.of(101, 102), Queries.page(IDS, 2, 0));
        assertEquals(List.of(103, 104), Queries.page(IDS, 2, 2));
        assertEquals(List.of(105), Queries.page(IDS, 2, 4), "the last page may be short");
        assertEquals(List.of(), Queries.page(IDS, 2, 5), "past the end is empty");
        assertEquals(List.of(), Queries.page(new int[0], 10, 0));
    }

    @Test
    void aLimitBelowOneOrANegativeOffsetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Queries.page(IDS, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Queries.page(IDS, 1, -1));
    }
}
