"""Page → article: the bytes of an HTML page or a text file become one clean `Article` (title,
publication date, body without the page's furniture). Entry point: `clean.parse_document`."""
