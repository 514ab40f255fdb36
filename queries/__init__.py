"""The SPARQL query library, installed as the data package ``kg.queries`` (see README.md)."""
