"""Exchange bundles between laptops and councils: format, signatures, encryption, export, import and merge (no Qt)."""
