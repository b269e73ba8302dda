package se.kommunsvar.bench;

import java.util.Random;

/**
 * Wraps a page's main text in the markup of a Sitevision-like municipal site: skip link, cookie banner, header
 * navigation, breadcrumbs, a date line, the "Blev du hjälpt" feedback form and a footer with the address.
 */
final class SitevisionLayout {

    private static final String NAV = """
            <nav class="sv-nav" aria-label="Huvudmeny"><ul>
              <li><a href="/omsorg-och-stod.html">Omsorg och stöd</a></li>
              <li><a href="/utbildning-och-forskola.html">Utbildning och förskola</a></li>
              <li><a href="/bygga-bo-och-miljo.html">Bygga, bo och miljö</a></li>
              <li><a href="/trafik-och-infrastruktur.html">Trafik och infrastruktur</a></li>
              <li><a href="/uppleva-och-gora.html">Uppleva och göra</a></li>
              <li><a href="/kommun-och-politik.html">Kommun och politik</a></li>
            </ul></nav>
            """;

    private SitevisionLayout() {
    }

    static String page(Facts f, String url, String section, String title, String mainHtml, Random r) {
        String official = Content.esc(f.municipality().official());
        String updated = r.nextBoolean() ? "Senast uppdaterad: " + Names.date(r, true)
                : "Sidan uppdaterades " + Names.date(r, false);
        return "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + Content.esc(title) + " - " + official + "</title>\n"
                + "<link rel=\"canonical\" href=\"" + Content.esc(url) + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<link rel=\"stylesheet\" href=\"/sitevision/system-resource/css/sv.css\">\n</head>\n"
                + "<body class=\"sv-responsive\">\n"
                + "<a class=\"skip-link\" href=\"#innehall\">Till huvudinnehållet</a>\n"
                + "<div class=\"cookie-banner\" role=\"dialog\"><p>Vi använder kakor (cookies) för att webbplatsen ska "
                + "fungera bra för dig.</p><button>Godkänn kakor</button><button>Endast nödvändiga</button></div>\n"
                + "<header class=\"sv-layout header\"><a href=\"/\"><img src=\"/images/logo.svg\" alt=\"" + official
                + ", till startsidan\"></a>\n<form class=\"search\" action=\"/sok.html\"><input name=\"query\">"
                + "<button>Sök</button></form>\n" + NAV + "</header>\n"
                + "<nav class=\"breadcrumbs\" aria-label=\"Du är här\"><ol><li><a href=\"/\">Startsida</a></li>"
                + "<li><a href=\"/" + section + ".html\">" + Content.esc(sectionName(section)) + "</a></li><li>"
                + Content.esc(title) + "</li></ol></nav>\n"
                + "<main id=\"innehall\" class=\"sv-layout sv-template-layout\">\n<div class=\"sv-text-portlet\">\n"
                + "<h1 class=\"heading\">" + Content.esc(title) + "</h1>\n" + mainHtml + "</div>\n"
                + "<div class=\"sv-text-portlet date\"><p>" + updated + "</p></div>\n"
                + "<div class=\"sv-feedback\"><h2>Blev du hjälpt av informationen på sidan?</h2>\n"
                + "<form><button>Ja</button><button>Nej</button><label>Vad kan vi göra bättre?<textarea></textarea>"
                + "</label><button>Skicka</button></form></div>\n</main>\n"
                + "<footer class=\"sv-layout footer\"><p>" + official + ", " + Content.esc(f.street()) + ", "
                + Content.esc(f.name()) + "</p><p>Telefon: " + f.phone() + " E-post: " + f.email() + "</p>"
                + "<ul><li><a href=\"/om-webbplatsen/kakor.html\">Om kakor</a></li>"
                + "<li><a href=\"/om-webbplatsen/tillganglighet.html\">Tillgänglighetsredogörelse</a></li></ul></footer>\n"
                + "</body>\n</html>\n";
    }

    static String sectionName(String section) {
        String words = section.replace("-och-", " och ").replace('-', ' ').replace("forskola", "förskola")
                .replace("stod", "stöd").replace("miljo", "miljö").replace("gora", "göra");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
