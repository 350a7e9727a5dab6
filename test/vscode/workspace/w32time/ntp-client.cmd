@echo off
rem Windows Time client set-up, as the guides print it: the peer has no 0x8 flag and /update is missing.
echo Configuring the Windows Time service
w32tm /config /manualpeerlist:10.10.10.1 /syncfromflags:manual
net stop w32time
net start w32time
