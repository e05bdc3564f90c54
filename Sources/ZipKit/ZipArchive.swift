import CLibZip
