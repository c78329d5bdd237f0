package org.offeradvisor.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The fact types a rule author declares in DRL ({@code declare EquityConcentration maxShareOfPay : BigDecimal end}),
 * read from the parsed files so that a data file can be checked against its type before anything is compiled: which
 * fields it has, of what type, and which are required (every field without a default and without
 * {@code @optional}).
 */
final class DeclaredTypes {
    /** The metadata that makes a field without a default optional: left out of a row, it is null. */
    static final String OPTIONAL = "optional";

    /** What a field of a declared type can be read from a data file as. */
    enum Kind {
        STRING("a string"), INT("a whole number"), LONG("a whole number"), BOOLEAN("true or false"),
        DECIMAL("a number"), DATE("a date, \"2026-01-31\""), ENUM("one of"), STRING_LIST("a list of strings"),
        UNSUPPORTED("");

        final String expected;

        Kind(String expected) {
            this.expected = expected;
        }
    }

    /** One field of a declared type: its name, its type as written, what it reads as, whether a row must give it. */
    record Field(String name, String typeText, Kind kind, Class<?> enumType, boolean required, boolean primitive,
                 String location) {
        /** What a value of this field must be, in the author's words: {@code a number (BigDecimal)}. */
        String expected() {
            return kind == Kind.ENUM ? "one of " + List.of(enumType.getEnumConstants())
                    : kind.expected + " (" + typeText + ")";
        }
    }

    /** A declared type: its package (for the KieBase's FactType), name, where it is declared, its fields in order. */
    record Type(String packageName, String name, String location, Map<String, Field> fields) {
    }

    private DeclaredTypes() {
    }

    /**
     * Every type declared in the DRL files (file name to text), by simple name; a name declared in two packages has
     * two entries. Only files that contain {@code declare} are parsed, so a rule set without declarations costs
     * nothing; a file that does not parse is skipped (its compile reports it).
     */
    static Map<String, List<Type>> read(Map<String, String> drl) {
        Map<String, List<Type>> types = new LinkedHashMap<>();
        drl.forEach((file, text) -> {
            if (!text.contains("declare")) {
                return;
            }
            PackageDescr pkg;
            try {
                DrlParser parser = new DrlParser();
                pkg = parser.parse(false, text);
                if (parser.hasErrors() || pkg == null) {
                    return;
                }
            } catch (DroolsParserException e) {
                return;
            }
            for (TypeDeclarationDescr declared : pkg.getTypeDeclarations()) {
                String packageName = declared.getNamespace() == null || declared.getNamespace().isEmpty()
                        ? pkg.getName() : declared.getNamespace();
                Map<String, Field> fields = new LinkedHashMap<>();
                for (TypeFieldDescr field : declared.getFields().values()) {
                    fields.put(field.getFieldName(), field(field, pkg.getImports(), file));
                }
                types.computeIfAbsent(declared.getTypeName(), k -> new ArrayList<>()).add(new Type(packageName,
                        declared.getTypeName(), file + ":" + declared.getLine() + ":" + (Math.max(declared.getColumn(), 0) + 1),
                        fields));
            }
        });
        return types;
    }

    private static Field field(TypeFieldDescr field, List<ImportDescr> imports, String file) {
        String type = field.getPattern().getObjectType().replace(" ", "");
        Kind kind = kind(type);
        Class<?> enumType = null;
        if (kind == Kind.UNSUPPORTED) {
            enumType = enumType(type, imports);
            kind = enumType == null ? Kind.UNSUPPORTED : Kind.ENUM;
        }
        boolean primitive = type.equals("int") || type.equals("long") || type.equals("boolean");
        boolean required = field.getInitExpr() == null && !field.getAnnotationNames().contains(OPTIONAL);
        return new Field(field.getFieldName(), type, kind, enumType, required, primitive,
                // the parser counts columns from 0; an editor, from 1
                file + ":" + field.getLine() + ":" + (Math.max(field.getColumn(), 0) + 1));
    }

    private static Kind kind(String type) {
        return switch (type) {
            case "String", "java.lang.String" -> Kind.STRING;
            case "int", "Integer", "java.lang.Integer" -> Kind.INT;
            case "long", "Long", "java.lang.Long" -> Kind.LONG;
            case "boolean", "Boolean", "java.lang.Boolean" -> Kind.BOOLEAN;
            case "BigDecimal", "java.math.BigDecimal" -> Kind.DECIMAL;
            case "LocalDate", "java.time.LocalDate" -> Kind.DATE;
            case "List<String>", "java.util.List<String>", "List<java.lang.String>", "java.util.List<java.lang.String>" ->
                    Kind.STRING_LIST;
            default -> Kind.UNSUPPORTED;
        };
    }

    /** The enum a field's type names, as the DRL file's imports resolve it (the fact model's enums); else null. */
    private static Class<?> enumType(String type, List<ImportDescr> imports) {
        List<String> candidates = new ArrayList<>();
        if (type.contains(".")) {
            candidates.add(type);
        }
        for (ImportDescr anImport : imports) {
            String target = anImport.getTarget();
            if (target.endsWith("." + type)) {
                candidates.add(target);
            } else if (target.endsWith(".*")) {
                candidates.add(target.substring(0, target.length() - 1) + type);
            }
        }
        for (String name : candidates) {
            try {
                Class<?> found = Class.forName(name, false, DeclaredTypes.class.getClassLoader());
                if (found.isEnum()) {
                    return found;
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not this candidate: a wildcard import names many packages
            }
        }
        return null;
    }

    /** The types a data file's field may have, for the message about one it may not. */
    static final String SUPPORTED = "String, int, long, boolean (or Integer, Long, Boolean), java.math.BigDecimal, "
            + "java.time.LocalDate, an enum of the facts (Stage, CompanyType, ...) or java.util.List<String>";
}
