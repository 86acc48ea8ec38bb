package org.custos.standards.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.InputStream;
import org.custos.platform.DemoLoading;
import org.custos.standards.control.CatalogDraft;
import org.custos.standards.control.CatalogStore;
import org.custos.standards.control.MappingSetDraft;
import org.custos.standards.control.TemplateCatalogParser;
import org.custos.standards.control.TemplateMappingParser;
import org.custos.standards.entity.Origin;
import org.custos.standards.entity.Standard;

/** The demo hospital's own security requirements for medical technology, mapped to ISO 27001. */
@Dependent
public class StandardsDemo {

    @Inject
    CatalogStore store;

    void load(@Observes DemoLoading demo) {
        TemplateCatalogParser.Meta meta = new TemplateCatalogParser.Meta("KLINIKUM-MT", "Klinikum Musterstadt: IT-Sicherheit "
                + "Medizintechnik", "2026", "Klinikum Musterstadt gGmbH", "demo", "Demo data, fictional.");
        CatalogDraft draft = new TemplateCatalogParser().parse(resource("klinikum-richtlinie.csv"), "klinikum-richtlinie.csv", meta);
        Standard own = store.store(draft, Origin.USER, null, "demo");
        Standard iso = store.find("ISO27001", "2022").orElseThrow();
        MappingSetDraft mappings = new TemplateMappingParser().parse(resource("klinikum-richtlinie-to-iso27001-2022.csv"),
                "klinikum-richtlinie-to-iso27001-2022.csv", "Klinikum Medizintechnik → ISO/IEC 27001:2022",
                own.getCode(), own.getEdition(), iso.getCode(), iso.getEdition());
        store.storeMappings(mappings, own, iso, Origin.USER, "demo");
    }

    private static InputStream resource(String name) {
        return StandardsDemo.class.getResourceAsStream("/org/custos/standards/demo/" + name);
    }
}
