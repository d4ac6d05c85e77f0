"""The Qt-free domain of Madoguchi: every rule, query and export is usable headless."""
