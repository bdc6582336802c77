"""What several test modules share: databases and people to start from, the desk driven
as a person drives it, laptops and offices for sync, the command line. Test modules
import from here and never from one another (tests/test_test_layout.py checks it)."""
