"""`make audit`: Lighthouse on a local mike deploy, served at the origin its site_url names."""
