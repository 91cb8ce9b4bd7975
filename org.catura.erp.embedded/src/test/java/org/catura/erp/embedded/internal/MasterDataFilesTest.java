package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Warehouse;
import org.catura.erp.embedded.api.FileImportResult;
import org.catura.erp.embedded.api.MasterDataFileException;
import org.catura.erp.embedded.api.MasterDataFiles;
import org.catura.erp.embedded.api.RowProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product and stock files on a migrated, otherwise empty database. */
class MasterDataFilesTest extends ErpTestBase {

    private static final String HEADER = "sku,name,gtin,weight_kg,length_cm,width_cm,height_cm,tax_category,list_price\n";

    @TempDir
    Path dir;

    MasterDataFiles files;

    @Override
    boolean seedDemo() {
        return false;
    }

    private MasterDataFiles files() {
        if (files == null) {
            files = new MasterDataFiles(master);
        }
        return files;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private FileImportResult products(Path file) {
        return tx(t -> files().importProducts(t, file, n -> { }));
    }

    @Test
    void aProductFileCreatesNewSkusAndUpdatesKnownOnesByTheirSku() throws IOException {
        FileImportResult first = products(file("p1.csv", HEADER
                + "IMP-MUG,Mug \"Blue\",4006381333931,0.35,12,9,10,standard,12.90\n"
                + "IMP-BOOK,\"Cooking, the easy way\",,0.8,24,17,3,reduced,19.99\n"));
        assertEquals(new FileImportResult(2, 2, 0), first);
        Product book = tx(t -> erp.products().findBySku(t, "IMP-BOOK")).orElseThrow();
        assertEquals("Cooking, the easy way", book.name());
        assertEquals(0, dec("24").compareTo(book.depth()), "length is the shelf depth");
        assertEquals((int) tx(t -> ReferenceData.taxCategoryId(t, "Reduced")), book.taxCategoryId());
        assertEquals(0, dec("19.99").compareTo(tx(t -> master.listPrice(t, book.id())).orElseThrow()));
        Product mug = tx(t -> erp.products().findBySku(t, "IMP-MUG")).orElseThrow();
        assertEquals("4006381333931", tx(t -> master.gtin(t, mug.id())).orElseThrow());

        FileImportResult second = products(file("p2.csv", HEADER
                + "IMP-MUG,Mug blue,4006381333931,0.40,12,9,10,standard,13.50\n"
                + "IMP-ZERO,Donation voucher,,,,,,zero,\n"));
        assertEquals(new FileImportResult(2, 1, 1), second);
        Product updated = tx(t -> erp.products().get(t, mug.id())).orElseThrow();
        assertEquals("Mug blue", updated.name());
        assertEquals(0, dec("0.40").compareTo(updated.weight()));
        assertEquals(0, dec("13.50").compareTo(tx(t -> master.listPrice(t, mug.id())).orElseThrow()));
        Product voucher = tx(t -> erp.products().findBySku(t, "IMP-ZERO")).orElseThrow();
        assertEquals((int) tx(t -> ReferenceData.taxCategoryId(t, "Zero")), voucher.taxCategoryId());
        assertTrue(tx(t -> master.listPrice(t, voucher.id())).isEmpty());
        assertEquals(1, count("SELECT count(*) FROM M_Product WHERE Value = 'IMP-MUG'"));
    }

    @Test
    void aBrokenFileIsRefusedWithEveryProblemByLineAndFieldAndNothingIsStored() throws IOException {
        long before = count("SELECT count(*) FROM M_Product");
        Path broken = file("broken.csv", HEADER
                + "BRK-1,Fine,,1,1,1,1,standard,1.00\n"
                + "BRK-2,Heavy,,abc,1,1,1,standard,1.00\n"
                + "\n"
                + "BRK-3,,4006381333932,1,1,1,1,luxury,-2\n"
                + "BRK-1,Again,,1,1,1,1,standard,1.00\n"
                + "BRK-4,Short\n");
        MasterDataFileException e = assertThrows(MasterDataFileException.class, () -> products(broken));
        List<String> problems = e.problems().stream().map(RowProblem::toString).toList();
        assertEquals(List.of(
                "line 3, weight_kg: 'abc' is not a number",
                "line 5, name: is empty",
                "line 5, gtin: '4006381333932' has check digit 2, but its digits give 1 (a typo?)",
                "line 5, tax_category: 'luxury' is not one of standard, reduced, super_reduced, zero",
                "line 5, list_price: '-2' is negative",
                "line 6, sku: 'BRK-1' is already on line 2",
                "line 7: 2 field(s) where the header has 9"), problems);
        assertTrue(e.getMessage().startsWith("broken.csv was not imported (nothing of it is stored), 7 problems:"),
                e.getMessage());
        assertEquals(before, count("SELECT count(*) FROM M_Product"));
        assertTrue(tx(t -> erp.products().findBySku(t, "BRK-1")).isEmpty());
    }

    @Test
    void aHeaderWithoutAColumnIsRefusedByName() throws IOException {
        Path file = file("short.csv", "sku,name,gtin\nX,Y,\n");
        MasterDataFileException e = assertThrows(MasterDataFileException.class, () -> products(file));
        assertEquals("line 1: the header lacks the column(s) weight_kg, length_cm, width_cm, height_cm, "
                + "tax_category, list_price", e.problems().get(0).toString());
    }

    @Test
    void aSemicolonFileWithAByteOrderMarkAndDecimalCommasIsReadAsExcelWritesIt() throws IOException {
        String content = "\uFEFF" + HEADER.replace(',', ';')
                + "SEMI-1;\"Tee; grün\";;0,25;10;10;5;super_reduced;4,99\r\n"
                + "SEMI-2;Kaffee;;1;;;;standard;12\r\n";
        FileImportResult result = products(file("excel.csv", content));
        assertEquals(new FileImportResult(2, 2, 0), result);
        Product tea = tx(t -> erp.products().findBySku(t, "SEMI-1")).orElseThrow();
        assertEquals("Tee; grün", tea.name());
        assertEquals(0, dec("0.25").compareTo(tea.weight()));
        assertEquals((int) tx(t -> ReferenceData.taxCategoryId(t, "Super-reduced")), tea.taxCategoryId());
        assertEquals(0, dec("4.99").compareTo(tx(t -> master.listPrice(t, tea.id())).orElseThrow()));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.csv"), (HEADER + "L1,Gr\u00fcn,,,,,,standard,\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        MasterDataFileException e = assertThrows(MasterDataFileException.class, () -> products(latin1));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void progressIsReportedEveryThousandRows() throws IOException {
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; i < 2500; i++) {
            big.append("BIG-").append(i).append(",Item ").append(i).append(",,1,1,1,1,standard,1\n");
        }
        List<Integer> heard = new ArrayList<>();
        Path file = file("big.csv", big.toString());
        FileImportResult result = tx(t -> files().importProducts(t, file, heard::add));
        assertEquals(new FileImportResult(2500, 2500, 0), result);
        assertEquals(List.of(1000, 2000), heard);
    }

    @Test
    void aStockFileSetsOnHandPerWarehouseAndRefusesUnknownSkusAndWarehouses() throws IOException {
        products(file("stock-products.csv", HEADER + "STK-1,Stocked,,1,1,1,1,standard,1\n"));
        Warehouse main = tx(t -> master.findWarehouse(t, "MAIN")).orElseThrow();
        Warehouse second = tx(t -> master.createWarehouse(t, "STK-WH", "Second"));
        int product = tx(t -> erp.products().findBySku(t, "STK-1")).orElseThrow().id();

        FileImportResult counted = tx(t -> files().importStock(t, file("stock.csv",
                "sku;warehouse;quantity\nSTK-1;MAIN;12\nSTK-1;stk-wh;3,5\n"), n -> { }));
        assertEquals(new FileImportResult(2, 2, 0), counted);
        assertEquals(0, dec("12").compareTo(tx(t -> erp.products().qtyOnHand(t, product, main.id()))));
        assertEquals(0, dec("3.5").compareTo(tx(t -> erp.products().qtyOnHand(t, product, second.id()))));

        Path broken = file("stock-broken.csv", "sku,warehouse,quantity\nSTK-1,MAIN,7\nNOPE,MAIN,1\nSTK-1,ELSEWHERE,1\n"
                + "STK-1,STK-WH,-1\nSTK-1,MAIN,8\n");
        MasterDataFileException e = assertThrows(MasterDataFileException.class,
                () -> tx(t -> files().importStock(t, broken, n -> { })));
        List<String> problems = e.problems().stream().map(RowProblem::toString).toList();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("line 3, sku: no product has SKU 'NOPE'"), problems.toString());
        assertTrue(problems.get(1).startsWith("line 4, warehouse: no warehouse 'ELSEWHERE'; warehouses: MAIN, STK-WH"),
                problems.toString());
        assertEquals("line 5, quantity: '-1' is negative", problems.get(2));
        assertEquals("line 6, sku: 'STK-1' in MAIN is already on line 2", problems.get(3));
        assertEquals(0, dec("12").compareTo(tx(t -> erp.products().qtyOnHand(t, product, main.id()))),
                "the good row of the refused file is not stored");

        FileImportResult recount = tx(t -> files().importStock(t, file("recount.csv",
                "sku,warehouse,quantity\nSTK-1,MAIN,0\n"), n -> { }));
        assertEquals(new FileImportResult(1, 0, 1), recount);
        assertEquals(0, tx(t -> erp.products().qtyOnHand(t, product, main.id())).signum());
    }

    @Test
    void theMainWarehouseAndAllFourTaxCategoriesExistFromTheStart() {
        assertEquals("Main warehouse", tx(t -> master.findWarehouse(t, "MAIN")).orElseThrow().name());
        for (String category : List.of("Standard", "Reduced", "Super-reduced", "Zero")) {
            assertEquals(1, count("SELECT count(*) FROM C_TaxCategory WHERE Name = ?", category), category);
        }
    }

    @Test
    void searchFindsActiveProductsBySkuOrNameAnyCaseAPageAtATime() throws IOException {
        products(file("search.csv", HEADER + "SRCH-A,Green tea,,,,,,standard,\nSRCH-B,Black Tea,,,,,,standard,\n"
                + "SRCH-C,Coffee,,,,,,standard,\nSRCH_D,Under_score,,,,,,standard,\n"));
        assertEquals(List.of("SRCH-A", "SRCH-B"), skus(erp.products(), "TEA", 10, 0));
        assertEquals(List.of("SRCH-C"), skus(erp.products(), "srch-c", 10, 0));
        assertEquals(List.of("SRCH-B"), skus(erp.products(), "srch-", 1, 1));
        assertEquals(List.of("SRCH_D"), skus(erp.products(), "h_", 10, 0), "an underscore is no wildcard");
        assertTrue(skus(erp.products(), "", 10_000, 0).containsAll(List.of("SRCH-A", "SRCH-B", "SRCH-C", "SRCH_D")));
    }

    private List<String> skus(org.catura.core.api.erp.Products products, String text, int limit, int offset) {
        return tx(t -> products.search(t, text, limit, offset)).stream().map(Product::sku).toList();
    }
}
