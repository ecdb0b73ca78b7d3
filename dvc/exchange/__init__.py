"""Exchange bundles between laptops and councils. No Qt."""
