"""What makes a reportlab PDF a PDF/A-2b: XMP metadata and an sRGB output intent.

reportlab (open-source edition) writes no PDF/A by itself; the other requirements are met by how
the documents are drawn: every font embedded (DejaVu, see ``fonts``), no transparency (the
watermark and the radar's area are opaque light greys), no annotation, no encryption, a file
identifier in the trailer (reportlab writes one). This module adds the two missing parts to the
canvas's document before it is written:

- the XMP metadata stream, with ``pdfaid:part=2`` / ``conformance=B`` and the same title,
  author, subject, keywords, tools and dates as the document information dictionary;
- the output intent ``GTS_PDFA1`` with the sRGB ICC profile of ``resources/color`` (public
  domain, see its SOURCE.md), which says what the DeviceRGB colours mean.

reportlab cannot write a tagged PDF (no structure tree): screen readers read these PDFs as
plain text in drawing order, with the document language (``/Lang fr-FR``) and title set.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

from catalyseur_app.resources import resource_path

OUTPUT_CONDITION = "sRGB IEC61966-2.1"


@cache
def _srgb_profile() -> bytes:
    return resource_path("color", "sRGB.icc").read_bytes()


def _xmp_date(document) -> str:
    year, month, day, hour, minute, second = document._timeStamp.YMDhms
    hours, minutes = document._timeStamp.dhh, document._timeStamp.dmm
    sign = "-" if hours < 0 or (hours == 0 and minutes < 0) else "+"
    return (f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
            f"{sign}{abs(hours):02d}:{abs(minutes):02d}")


def _xmp(document) -> bytes:
    info, date = document.info, _xmp_date(document)

    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
<dc:format>application/pdf</dc:format>
<dc:title>{alt(info.title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>{alt(info.subject)}</dc:description>
<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>
<pdf:Producer>{escape(info.producer)}</pdf:Producer>
<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


def add_pdfa_parts(canvas) -> None:
    """Give the document of ``canvas`` its XMP metadata and sRGB output intent (call before save)."""
    document = canvas._doc
    metadata = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                         _xmp(document), filters=[])
    profile = PDFStream(PDFDictionary({"N": 3}), _srgb_profile())
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION), "Info": PDFString(OUTPUT_CONDITION),
        "RegistryName": PDFString("http://www.color.org"),
        "DestOutputProfile": document.Reference(profile),
    })
    catalog = document.Catalog
    catalog.Metadata = metadata
    catalog.OutputIntents = PDFArray([intent])
    catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "OutputIntents"]
