package se.kommunsvar.ingest.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A parsed sitemap: the page addresses of a {@code <urlset>} or the child sitemaps of a {@code <sitemapindex>}.
 * Parsed with the JDK's XML parser with DOCTYPEs and external entities refused.
 */
public record Sitemap(List<String> pages, List<String> sitemaps) {

    public Sitemap {
        pages = List.copyOf(pages);
        sitemaps = List.copyOf(sitemaps);
    }

    public static Sitemap parse(byte[] xml) throws FetchException {
        Document doc;
        try {
            doc = builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new FetchException("sitemap", "not a readable sitemap: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        List<String> locs = locs(root);
        return switch (root.getLocalName() == null ? root.getTagName() : root.getLocalName()) {
            case "urlset" -> new Sitemap(locs, List.of());
            case "sitemapindex" -> new Sitemap(List.of(), locs);
            default -> throw new FetchException("sitemap", "not a sitemap: the root element is <" + root.getTagName() + ">");
        };
    }

    private static List<String> locs(Element root) {
        List<String> out = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS("*", "loc");
        for (int i = 0; i < nodes.getLength(); i++) {
            String loc = nodes.item(i).getTextContent().strip();
            if (!loc.isEmpty()) {
                out.add(loc);
            }
        }
        return out;
    }

    private static DocumentBuilder builder() throws FetchException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be configured safely", e);
        }
    }
}
