package org.catura.idempiere.twopack;

/**
 * A column as the schema holds it: what iDempiere's PackIn creates from an AD_Column on
 * PostgreSQL (DisplayType.getSQLDataType, DB_PostgreSQL.getSQLDDL) or what the standalone
 * runtime's migrations created. Names lower case, as PostgreSQL folds unquoted names.
 */
record DictionaryColumn(String table, String column, String sqlType, boolean notNull, boolean key) {

    /** The PostgreSQL type iDempiere 12-14 gives an AD_Column of this reference and length. */
    static String sqlType(String columnName, int reference, int fieldLength) {
        boolean id = reference == 13 || reference == 19 || reference == 30 || reference == 18;
        if (id && (columnName.endsWith("_ID") || columnName.endsWith("tedBy"))) {
            return "numeric(10)";
        }
        return switch (reference) {
            case 11 -> "numeric(10)";
            case 12, 22, 29, 37 -> "numeric";
            case 15, 16 -> "timestamp";
            case 20 -> "char(1)";
            case 36 -> "text";
            case 14 -> fieldLength == 0 || fieldLength >= 4000 ? "text" : "varchar(" + fieldLength + ")";
            case 17 -> fieldLength == 1 ? "char(1)" : "varchar(" + fieldLength + ")";
            case 10 -> "varchar(" + fieldLength + ")";
            default -> throw new IllegalArgumentException("AD_Reference_ID " + reference + " of " + columnName
                    + " is not one this check knows the SQL type of; add it from DisplayType.getSQLDataType");
        };
    }

    @Override
    public String toString() {
        return table + "." + column + " " + sqlType + (notNull ? " NOT NULL" : " NULL") + (key ? " PRIMARY KEY" : "");
    }
}
